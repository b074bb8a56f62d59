// The corpus front page's content, from `wenxi stats`' summary and the small
// per-article index: largest sums, figures per category, frequent labels and
// keywords, figures over time, and the list of articles.
import { type CorpusStats, StatsCollector } from '../../pipeline/stats.js';
import type { FigureCategory } from '../../types.js';
import { formatValue } from '../numbers.js';
import { moneyDisplay } from './article.js';
import { barChart } from './charts.js';
import { esc, token } from './escape.js';
import { CATEGORY_NAMES, CHART_BARS } from './labels.js';
import type { ArticleIndex, SeriesPoint } from './pack.js';

export function statsSection(s: CorpusStats, linkOf?: (path: string) => string | undefined): string {
  const facts = `<dl class="meta"><div><dt>文章 articles</dt><dd>${s.articles}</dd></div><div><dt>字数 characters</dt><dd>${s.characters}</dd></div><div><dt>数据 figures</dt><dd>${s.figures}</dd></div></dl>`;
  const money = barChart(
    '最大金额 largest sums',
    s.largestMoney.slice(0, CHART_BARS).map((m) => ({
      label: `${m.label ?? m.text} · ${m.path.split('/').pop()}`,
      value: m.unit === s.largestMoney[0]?.unit ? m.value : 0,
      display: moneyDisplay(m.value, m.unit),
      kind: 'money',
      href: linkOf?.(m.path),
    })),
    { id: 'ov-money' },
  );
  const cats = barChart(
    '各类数据 figures per category',
    Object.entries(s.figuresByCategory).map(([c, n]) => ({ label: CATEGORY_NAMES[c as FigureCategory] ?? c, value: n ?? 0, display: String(n ?? 0), kind: c })),
    { id: 'ov-cat' },
  );
  const labels = barChart(
    '常见标签 most frequent labels',
    s.topLabels.map((l) => ({ label: l.label, value: l.count, display: String(l.count) })),
    { id: 'ov-labels' },
  );
  const kws = s.topKeywords.length
    ? `<p class="kws"><span class="lead">常见关键词 frequent keywords</span> ${s.topKeywords.map((k) => `<span class="kw">${esc(k.word)} · ${k.articles}</span>`).join(' ')}</p>`
    : '';
  return `${facts}${kws}<div class="charts">${money}${cats}${labels}</div>`;
}

/** Several years of one label and unit (地区生产总值 of each year's bulletin): the same measure over time. */
export class SeriesCollector {
  private readonly byKey = new Map<string, Map<number, number>>();

  add(points: SeriesPoint[]): void {
    for (const p of points) {
      const key = `${p.label}\u0000${p.unit}`;
      let years = this.byKey.get(key);
      if (!years) this.byKey.set(key, (years = new Map()));
      if (!years.has(p.year)) years.set(p.year, p.value);
    }
  }

  html(max = 6): string {
    const series = [...this.byKey.entries()]
      .filter(([, y]) => y.size >= 2)
      .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
      .slice(0, max);
    if (!series.length) return '<p class="none">没有跨年份的同名数据 no label recurs across years</p>';
    return `<div class="charts">${series
      .map(([key, years], i) => {
        const [label, unit] = key.split('\u0000') as [string, string];
        const bars = [...years.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([year, value]) => ({ label: `${year}年`, value, display: formatValue(value, unit) }));
        return barChart(`${label}（${unit}）`, bars, { id: `ov-series${i}` });
      })
      .join('')}</div>`;
  }
}

export interface ArticleRow {
  /** where the title links: #a3 on the one-file report, articles/0004.html in a folder */
  href: string;
  path: string;
  title: string | null;
  date: string | null;
  characters: number;
  figures: number;
  categories: [string, number][];
  money: string;
}

export const ARTICLES_HEAD =
  '<div class="scroll"><table class="articles"><caption class="sr">文章 articles</caption><thead><tr><th scope="col">标题 title</th><th scope="col">日期 date</th><th scope="col">字数 characters</th><th scope="col">数据 figures</th><th scope="col">各类 by category</th><th scope="col">最大金额 largest sum</th></tr></thead><tbody>\n';

export function articleRow(r: ArticleRow): string {
  return `<tr><td><a href="${esc(r.href)}">${esc(r.title ?? r.path)}</a><br><small>${esc(r.path)}</small></td><td>${esc(r.date)}</td><td class="num">${r.characters}</td><td class="num">${r.figures}</td><td title="${esc(r.categories.map(([c, n]) => `${c} ${n}`).join(', '))}">${r.categories.map(([c, n]) => `<span class="chip c-${token(c)}">${esc((CATEGORY_NAMES[c as FigureCategory] ?? c).split(' ')[0])} ${n}</span>`).join(' ')}</td><td class="num">${esc(r.money)}</td></tr>\n`;
}

/**
 * What both corpus layouts (one file, a folder) gather while the articles
 * stream by — the summary, the series over time, the list of articles, the
 * failed inputs — and the parts of the front page made from it.
 */
export class CorpusIndex {
  // the default top, as the workers' statsPart() trimmed each article's sums to
  private readonly stats = new StatsCollector();
  private readonly series = new SeriesCollector();
  /** the list of articles, one table row each */
  readonly rows: string[] = [];
  /** an article's path → where its report is */
  private readonly links = new Map<string, string>();
  private readonly errors: { path: string; message: string }[] = [];

  add(x: ArticleIndex, href: string): void {
    this.stats.addPart(x.stats);
    this.series.add(x.series);
    this.links.set(x.path, href);
    const m = x.largestMoney;
    this.rows.push(
      articleRow({ href, path: x.path, title: x.title, date: x.date, characters: x.characters, figures: x.figures, categories: x.categories, money: m ? moneyDisplay(m.value, m.unit) : '' }),
    );
  }

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  get failed(): number {
    return this.errors.length;
  }

  summary(): CorpusStats {
    return this.stats.result();
  }

  header(s: CorpusStats): string {
    return `<header><h1>语料报告 corpus report</h1><p>${s.articles} 篇文章 articles · ${s.characters} 字 characters · ${s.figures} 项数据 figures</p></header>`;
  }

  /** the summary and the failed inputs, then the series over time: two sections */
  overview(s: CorpusStats): string {
    return (
      `<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">概览 overview</h2>` +
      statsSection(s, (p) => this.links.get(p)) +
      (this.errors.length
        ? `<h3>未能读取 failed inputs</h3><ul class="errors">${this.errors.map((e) => `<li>${esc(e.path)}: ${esc(e.message)}</li>`).join('')}</ul>`
        : '') +
      `</section><section id="over-time" aria-labelledby="over-time-h"><h2 id="over-time-h">历年数据 figures over time</h2>${this.series.html()}</section>`
    );
  }
}
