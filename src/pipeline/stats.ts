// A corpus summary folded from per-article analyses as they stream by: only
// counts and a short list of the largest money figures are kept.
import type { FigureCategory } from '../types.js';
import type { Analysis } from './analysis.js';

export interface CorpusStats {
  schema: 'wenxi.stats/1';
  articles: number;
  characters: number;
  figures: number;
  figuresByCategory: Partial<Record<FigureCategory, number>>;
  /** figures reported as achieved, planned, and neither */
  figuresByStatus: { actual: number; target: number; unknown: number };
  largestMoney: { path: string; text: string; value: number; unit: string; label: string | null; sentence: string }[];
  topLabels: { label: string; count: number }[];
  /** keywords by the number of articles they are a keyword of */
  topKeywords: { word: string; articles: number }[];
}

type Money = CorpusStats['largestMoney'][number];

/** How many largest sums, labels and keywords the summary keeps (an article's part keeps as many sums). */
export const SUMMARY_TOP = 10;

/**
 * What one article adds to the summary, already counted: a worker sends this
 * (a few hundred bytes) instead of its figures. Counts keep the order of
 * first appearance, as adding the figures one by one would.
 */
export interface StatsPart {
  characters: number;
  figures: number;
  categories: [FigureCategory, number][];
  statuses: { actual: number; target: number; unknown: number };
  labels: [string, number][];
  /** the article's largest money figures, at most as many as the summary keeps */
  money: Money[];
  keywords: string[];
}

// Values in different currencies are not comparable: 元 first, then by value.
const byAmount = (x: Money, y: Money) => Number(y.unit === '元') - Number(x.unit === '元') || y.value - x.value;

export function statsPart(a: Pick<Analysis, 'path' | 'stats' | 'figures' | 'keywords'>, top = SUMMARY_TOP): StatsPart {
  const categories = new Map<FigureCategory, number>();
  const statuses = { actual: 0, target: 0, unknown: 0 };
  const labels = new Map<string, number>();
  const money: Money[] = [];
  for (const f of a.figures) {
    categories.set(f.category, (categories.get(f.category) ?? 0) + 1);
    statuses[f.status ?? 'unknown']++;
    if (f.label) labels.set(f.label, (labels.get(f.label) ?? 0) + 1);
    if (f.category === 'money' && f.unit) money.push({ path: a.path, text: f.text, value: f.value, unit: f.unit, label: f.label, sentence: f.sentence });
  }
  // A stable sort: an amount cut here had `top` others of this article before it, so it could never make the corpus' list.
  money.sort(byAmount);
  return {
    characters: a.stats.characters,
    figures: a.figures.length,
    categories: [...categories],
    statuses,
    labels: [...labels],
    money: money.slice(0, top),
    keywords: a.keywords.map((k) => k.word),
  };
}

export class StatsCollector {
  private articles = 0;
  private characters = 0;
  private figures = 0;
  private readonly byCategory = new Map<FigureCategory, number>();
  private readonly byStatus = { actual: 0, target: 0, unknown: 0 };
  private money: CorpusStats['largestMoney'] = [];
  private readonly labels = new Map<string, number>();
  private readonly keywords = new Map<string, number>();

  constructor(private readonly top = SUMMARY_TOP) {}

  add(a: Analysis): void {
    this.addPart(statsPart(a, this.top));
  }

  addPart(p: StatsPart): void {
    this.articles++;
    this.characters += p.characters;
    this.figures += p.figures;
    for (const [c, n] of p.categories) this.byCategory.set(c, (this.byCategory.get(c) ?? 0) + n);
    this.byStatus.actual += p.statuses.actual;
    this.byStatus.target += p.statuses.target;
    this.byStatus.unknown += p.statuses.unknown;
    for (const [l, n] of p.labels) this.labels.set(l, (this.labels.get(l) ?? 0) + n);
    for (const m of p.money) this.money.push(m);
    if (this.money.length > this.top * 4) this.trimMoney();
    for (const k of p.keywords) this.keywords.set(k, (this.keywords.get(k) ?? 0) + 1);
  }

  private trimMoney(): void {
    this.money.sort(byAmount);
    this.money = this.money.slice(0, this.top);
  }

  result(): CorpusStats {
    this.trimMoney();
    const ranked = (m: Map<string, number>) =>
      [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.top);
    return {
      schema: 'wenxi.stats/1',
      articles: this.articles,
      characters: this.characters,
      figures: this.figures,
      figuresByCategory: Object.fromEntries([...this.byCategory.entries()].sort((a, b) => b[1] - a[1])),
      figuresByStatus: { ...this.byStatus },
      largestMoney: this.money,
      topLabels: ranked(this.labels).map(([label, count]) => ({ label, count })),
      topKeywords: ranked(this.keywords).map(([word, articles]) => ({ word, articles })),
    };
  }
}
