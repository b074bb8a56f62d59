// What one article's report looks like on its way from the worker that
// rendered it to the writer that lays out the page: the HTML parts, with ids
// left open (the writer knows the article's place, the worker does not), and
// the few facts the corpus front page needs — never the whole analysis.
import type { Analysis } from '../../pipeline/analysis.js';
import { statsPart, type StatsPart } from '../../pipeline/stats.js';
import type { Figure } from '../../types.js';
import { articleParts, type ArticleParts } from './article.js';
import { figureInfo } from './figure-info.js';
import { figureCsv, figureRows, sectionName } from './table.js';

/** Stands for the article's id prefix until the writer knows it; control characters never survive escaping. */
export const ID = '\u0001';

export interface SeriesPoint {
  label: string;
  unit: string;
  year: number;
  value: number;
}

export interface ArticleIndex {
  path: string;
  title: string | null;
  date: string | null;
  characters: number;
  figures: number;
  /** what the article adds to the corpus summary of `wenxi stats`, already counted */
  stats: StatsPart;
  /** figures per category, most first */
  categories: [string, number][];
  statuses: string[];
  sections: string[];
  series: SeriesPoint[];
  largestMoney: { text: string; value: number; unit: string; label: string | null; figure: number } | null;
}


export interface PackedArticle {
  kind: 'article';
  index: ArticleIndex;
  rows: string;
  parts: ArticleParts;
  /** the rows as lines of figures.csv, when the report is a folder of pages */
  csv?: string;
}

export interface PackedPlain {
  kind: 'plain';
  path: string;
  text: string;
}

const YEAR = /((?:19|20)\d\d)年?/;

/** The year a figure speaks of: its period when it has one, else the article's date. */
function yearOf(f: Figure, date: string | null): number | null {
  const p = (f as Figure & { period?: unknown }).period;
  const m = (typeof p === 'string' ? p.match(YEAR) : null) ?? date?.match(/^(\d{4})/);
  return m ? Number(m[1]) : null;
}

function seriesPoints(a: Analysis): SeriesPoint[] {
  const seen = new Set<string>();
  const out: SeriesPoint[] = [];
  for (const f of a.figures) {
    if (!f.label || !f.unit || f.category === 'other' || f.category === 'percent') continue;
    const year = yearOf(f, a.meta.date);
    if (year === null) continue;
    const key = `${f.label}\u0000${f.unit}\u0000${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ label: f.label, unit: f.unit, year, value: f.value });
  }
  return out;
}

function countCategories(figures: Figure[]): [string, number][] {
  const n = new Map<string, number>();
  for (const f of figures) n.set(f.category, (n.get(f.category) ?? 0) + 1);
  return [...n.entries()].sort((x, y) => y[1] - x[1]);
}

export function packArticle(a: Analysis, text: string, opts: { csv?: boolean } = {}): PackedArticle {
  const infos = a.figures.map(figureInfo);
  const parts = articleParts(a, text, ID, 4, infos);
  const money = a.figures
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.category === 'money' && f.unit)
    .sort((x, y) => Number(y.f.unit === '元') - Number(x.f.unit === '元') || y.f.value - x.f.value)[0];
  const secs = new Set<string>();
  for (const f of a.figures) if (f.section !== null) secs.add(sectionName(a.sections[f.section]?.heading ?? null, f.section));
  const index: ArticleIndex = {
    path: a.path,
    title: a.meta.title,
    date: a.meta.date,
    characters: a.stats.characters,
    figures: a.figures.length,
    stats: statsPart(a),
    categories: countCategories(a.figures),
    statuses: [...new Set(infos.map((x) => x.statusKey).filter(Boolean))],
    sections: [...secs],
    series: seriesPoints(a),
    largestMoney: money ? { text: money.f.text, value: money.f.value, unit: money.f.unit!, label: money.f.label, figure: money.i } : null,
  };
  const packed: PackedArticle = { kind: 'article', index, rows: figureRows(a, ID, { anchor: `${ID}top`, name: a.path.split(/[\\/]/).pop() || a.path }, infos), parts };
  if (opts.csv) packed.csv = figureCsv(a, a.path, infos);
  return packed;
}

const PART_NAMES = ['rows', 'header', 'outline', 'charts', 'body', 'csv'] as const;

/**
 * One line of JSON (the index and the parts' lengths), then the HTML parts
 * as they are: JSON-quoting megabytes of markup full of quotes only to parse
 * them again in the main thread would cost more than the rest of the writing.
 */
export function packChunk(p: PackedArticle | PackedPlain): string {
  if (p.kind === 'plain') return JSON.stringify(p) + '\n';
  const parts = [p.rows, p.parts.header, p.parts.outline, p.parts.charts, p.parts.body];
  if (p.csv !== undefined) parts.push(p.csv);
  return JSON.stringify({ kind: p.kind, index: p.index, lengths: parts.map((x) => x.length) }) + '\n' + parts.join('');
}

export function unpackChunk(chunk: string): PackedArticle | PackedPlain {
  const nl = chunk.indexOf('\n');
  const head = JSON.parse(chunk.slice(0, nl)) as (PackedArticle & { lengths: number[] }) | PackedPlain;
  if (head.kind === 'plain') return head;
  const got: Record<string, string> = {};
  let at = nl + 1;
  head.lengths.forEach((n, i) => {
    got[PART_NAMES[i]!] = chunk.slice(at, (at += n));
  });
  const p: PackedArticle = {
    kind: 'article',
    index: head.index,
    rows: got.rows!,
    parts: { header: got.header!, outline: got.outline!, charts: got.charts!, body: got.body! },
  };
  if (got.csv !== undefined) p.csv = got.csv;
  return p;
}
