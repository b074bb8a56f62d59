// One article's report: metadata on top, outline, charts, the marked text and
// its figures table. The same parts serve a one-article page and a section of
// a corpus page; ids carry a prefix so many articles can share a page.
import type { Analysis } from '../../pipeline/analysis.js';
import type { Figure } from '../../types.js';
import { formatValue, formatWan } from '../numbers.js';
import { articleBody, markId } from './body.js';
import { barChart, type Bar } from './charts.js';
import { esc } from './escape.js';
import type { FigureInfo } from './figure-info.js';
import { CATEGORY_NAMES, CHART_BARS } from './labels.js';
import { figuresUnder, outline } from './outline.js';
import { sectionName } from './table.js';

export const moneyDisplay = (value: number, unit: string) => formatWan(value, unit) || formatValue(value, unit);

/**
 * Money in one currency only — 亿元 and 亿港元 on one axis would lie. The
 * currency with most figures wins, 元 on a tie.
 */
export function comparableMoney<T extends Pick<Figure, 'category' | 'unit' | 'value'>>(figs: T[]): T[] {
  const money = figs.filter((f) => f.category === 'money' && f.unit);
  const count = new Map<string, number>();
  for (const f of money) count.set(f.unit!, (count.get(f.unit!) ?? 0) + 1);
  const unit = [...count.entries()].sort((x, y) => y[1] - x[1] || Number(y[0] === '元') - Number(x[0] === '元'))[0]?.[0];
  return money.filter((f) => f.unit === unit).sort((x, y) => y.value - x.value);
}

export function articleCharts(a: Analysis, id: string): string {
  const candidates: (Pick<Figure, 'category' | 'unit' | 'value' | 'label' | 'text'> & { i: number })[] = [];
  a.figures.forEach((f, i) => {
    if (f.category === 'money' && f.unit) candidates.push({ category: f.category, unit: f.unit, value: f.value, label: f.label, text: f.text, i });
  });
  const money = comparableMoney(candidates).slice(0, CHART_BARS);
  const moneyBars: Bar[] = money.map((f) => ({
    label: f.label ?? f.text,
    value: f.value,
    display: moneyDisplay(f.value, f.unit!),
    kind: 'money',
    href: `#${markId(id, f.i)}`,
  }));
  const byCat = new Map<string, number>();
  for (const f of a.figures) byCat.set(f.category, (byCat.get(f.category) ?? 0) + 1);
  const catBars: Bar[] = [...byCat.entries()]
    .sort((x, y) => y[1] - x[1])
    .map(([c, n]) => ({ label: CATEGORY_NAMES[c as Figure['category']] ?? c, value: n, display: String(n), kind: c }));
  const counts = figuresUnder(a);
  const top = a.sections.filter((s) => s.parent === null);
  const secBars: Bar[] =
    top.length > 1
      ? top.map((s) => ({ label: sectionName(s.heading, s.index), value: counts[s.index] ?? 0, display: String(counts[s.index] ?? 0), href: `#${id}s${s.index}` }))
      : [];
  const charts = [
    barChart('最大金额 largest money figures', moneyBars, { id: `${id}ch-money` }),
    barChart('各类数据 figures per category', catBars, { id: `${id}ch-cat` }),
    barChart('各章节数据 figures per section', secBars, { id: `${id}ch-sec` }),
  ].filter(Boolean);
  return charts.length ? charts.join('') : '<p class="none">没有可画的数据 no figures to chart</p>';
}

export function metaList(a: Analysis): string {
  const m = a.meta;
  const rows: [string, string | number | null][] = [
    ['日期 date', m.date],
    ['作者 author', m.author],
    ['编辑 editor', m.editor],
    ['来源 source', m.source],
    ['文件 file', `${a.path} (${a.encoding})`],
    ['字数 characters', a.stats.characters],
    ['数据 figures', a.figures.length],
  ];
  return `<dl class="meta">${rows
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `<div><dt>${k}</dt><dd>${esc(v)}</dd></div>`)
    .join('')}</dl>`;
}

export function keywordsLine(a: Analysis): string {
  if (!a.keywords.length) return '';
  return `<p class="kws"><span class="lead">关键词 keywords</span> ${a.keywords.map((k) => `<span class="kw">${esc(k.word)}</span>`).join(' ')}</p>`;
}

export function summaryBlock(a: Analysis): string {
  if (!a.summary.length) return '';
  return `<blockquote class="summary">${a.summary.map((s) => `<p>${esc(s.text)}</p>`).join('')}</blockquote>`;
}

export interface ArticleParts {
  header: string;
  outline: string;
  charts: string;
  body: string;
}

export function articleParts(a: Analysis, text: string, id: string, headingLevel: number, infos?: FigureInfo[]): ArticleParts {
  return {
    header: `${metaList(a)}${keywordsLine(a)}${summaryBlock(a)}`,
    outline: outline(a, id),
    charts: articleCharts(a, id),
    body: articleBody(text, a, { id, headingLevel, infos }),
  };
}
