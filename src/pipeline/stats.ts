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

export class StatsCollector {
  private articles = 0;
  private characters = 0;
  private figures = 0;
  private readonly byCategory = new Map<FigureCategory, number>();
  private readonly byStatus = { actual: 0, target: 0, unknown: 0 };
  private money: CorpusStats['largestMoney'] = [];
  private readonly labels = new Map<string, number>();
  private readonly keywords = new Map<string, number>();

  constructor(private readonly top = 10) {}

  add(a: Analysis): void {
    this.articles++;
    this.characters += a.stats.characters;
    this.figures += a.figures.length;
    for (const f of a.figures) {
      this.byCategory.set(f.category, (this.byCategory.get(f.category) ?? 0) + 1);
      this.byStatus[f.status ?? 'unknown']++;
      if (f.label) this.labels.set(f.label, (this.labels.get(f.label) ?? 0) + 1);
      if (f.category === 'money' && f.unit) {
        this.money.push({ path: a.path, text: f.text, value: f.value, unit: f.unit, label: f.label, sentence: f.sentence });
      }
    }
    if (this.money.length > this.top * 4) this.trimMoney();
    for (const k of a.keywords) this.keywords.set(k.word, (this.keywords.get(k.word) ?? 0) + 1);
  }

  private trimMoney(): void {
    // Values in different currencies are not comparable: 元 first, then by value.
    this.money.sort((x, y) => Number(y.unit === '元') - Number(x.unit === '元') || y.value - x.value);
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
