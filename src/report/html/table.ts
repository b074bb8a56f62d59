// The figures table: one <tbody> row per figure, with the data the filters
// and the sort read in data-* attributes; controls that only work with
// JavaScript stay hidden without it.
import type { Analysis } from '../../pipeline/analysis.js';
import { FIGURE_CATEGORIES } from '../../types.js';
import { delimitedRows } from '../delimited.js';
import { esc, shown, token } from './escape.js';
import { figureInfo, type FigureInfo } from './figure-info.js';
import { markId } from './body.js';
import { CATEGORY_NAMES, statusName } from './labels.js';

export const sectionName = (heading: string | null, index: number) => heading ?? (index === 0 ? '导语 lead' : `§${index}`);

/** The name of a figure's section, as the table's section column shows it ('' outside any). */
const sectionOf = (a: Analysis, f: Analysis['figures'][number]) =>
  f.section === null ? '' : sectionName(a.sections[f.section]?.heading ?? null, f.section);

/** Per category, the parts of a row that depend on it alone (a corpus has a few dozen categories and tens of thousands of rows). */
const categoryCells = new Map<string, { tr: string; td: string }>();
function categoryCell(category: string, name: string): { tr: string; td: string } {
  const key = `${category}\u0000${name}`;
  let c = categoryCells.get(key);
  if (!c) {
    c = { tr: `<tr data-cat="${token(category)}"`, td: `<td class="c-${token(category)}">${esc(name)}</td>` };
    categoryCells.set(key, c);
  }
  return c;
}

/**
 * The rows of one article (the article's own page or a corpus table). Kept
 * lean — a 20 MB corpus has some 70,000 — so filters read the cells
 * themselves where they can, and the article is named by its anchor. What
 * repeats from row to row (category, status, section, article) is escaped
 * once per article.
 */
export function figureRows(a: Analysis, id: string, article: { anchor: string; name: string }, infos?: FigureInfo[]): string {
  const art = `<td class="col-art"><a href="#${article.anchor}">${esc(article.name)}</a></td></tr>\n`;
  const sections = new Map<number | null, string>();
  const statuses = new Map<string, string>();
  let out = '';
  a.figures.forEach((f, i) => {
    const info = infos?.[i] ?? figureInfo(f);
    let sec = sections.get(f.section);
    if (sec === undefined) sections.set(f.section, (sec = `<td>${esc(sectionOf(a, f))}</td>`));
    let st = statuses.get(info.statusKey);
    if (st === undefined) {
      st = `${info.statusKey ? ` data-status="${esc(info.statusKey)}"` : ''}>`;
      statuses.set(info.statusKey, st);
    }
    const cat = categoryCell(f.category, info.category);
    // info.value is digits, separators and signs (figure-info.ts): nothing to escape
    out +=
      `${cat.tr}${st}<td class="num"><a href="#${markId(id, i)}">${i}</a></td><td>${esc(f.text)}</td>` +
      `<td class="num" data-v="${f.value}">${info.value}</td><td>${esc(info.unit)}</td>${cat.td}` +
      `<td>${esc(info.label)}</td><td>${esc(info.status)}</td><td>${esc(info.change)}</td><td>${esc(info.period)}</td>${sec}${art}`;
  });
  return out;
}

/**
 * The same rows as CSV lines (a folder's figures.csv): each cell as the table
 * shows it, the value as the number its data-v holds, the article by its path.
 * Made beside the rows, from the figures, so the writer never parses markup.
 */
export function figureCsv(a: Analysis, path: string, infos?: FigureInfo[]): string {
  const sections = new Map<number | null, string>();
  const rows = a.figures.map((f, i) => {
    const info = infos?.[i] ?? figureInfo(f);
    let sec = sections.get(f.section);
    if (sec === undefined) sections.set(f.section, (sec = shown(sectionOf(a, f))));
    return [String(i), shown(f.text), String(f.value), shown(info.unit), shown(info.category), shown(info.label), shown(info.status), shown(info.change), shown(info.period), sec, path];
  });
  return delimitedRows(rows, ',');
}

const COLUMNS: [string, 'text' | 'num'][] = [
  ['# 序号', 'num'],
  ['原文 text', 'text'],
  ['数值 value', 'num'],
  ['单位 unit', 'text'],
  ['类别 category', 'text'],
  ['标签 label', 'text'],
  ['状态 status', 'text'],
  ['变化 change', 'text'],
  ['时期 period', 'text'],
  ['章节 section', 'text'],
  ['文章 article', 'text'],
];

/** The table's column headings, as its CSV (the pages' download, a folder's figures.csv) names them. */
export const COLUMN_NAMES = COLUMNS.map(([name]) => name);

const options = (values: Iterable<[string, string]>) =>
  [...values].map(([v, name]) => `<option value="${esc(v)}">${esc(name)}</option>`).join('');

export interface TableFilters {
  categories: Set<string>;
  statuses: Set<string>;
  sections: string[];
  /** corpus tables filter by article too: anchor and name */
  articles?: [string, string][];
}

/** Everything before the rows. */
export function tableHead(id: string, f: TableFilters, corpus: boolean): string {
  const cats = FIGURE_CATEGORIES.filter((c) => f.categories.has(c)).map((c): [string, string] => [c, CATEGORY_NAMES[c]]);
  const sel = (name: string, label: string, opts: string) =>
    `<label>${label} <select data-filter="${name}"><option value="">全部 all</option>${opts}</select></label>`;
  const controls = [
    `<label>搜索 search <input type="search" data-filter="q" placeholder="文本、标签… text, label…"></label>`,
    sel('cat', '类别 category', options(cats)),
    f.statuses.size ? sel('status', '状态 status', options([...f.statuses].sort().map((s): [string, string] => [s, statusName(s)]))) : '',
    f.sections.length ? sel('sec', '章节 section', options(f.sections.map((s): [string, string] => [s, s]))) : '',
    f.articles ? sel('art', '文章 article', options(f.articles)) : '',
    `<button type="button" data-act="copy">复制 CSV copy as CSV</button>`,
    `<button type="button" data-act="download">下载 CSV download</button>`,
    `<output class="shown" aria-live="polite"></output>`,
  ].join('');
  const head = COLUMNS.map(
    ([name, kind], i) =>
      `<th scope="col"${i === COLUMNS.length - 1 ? ' class="col-art"' : ''} data-kind="${kind}"><button type="button" data-sort="${i}">${name}</button></th>`,
  ).join('');
  return (
    `<div class="figtable${corpus ? ' corpus' : ''}" id="${id}figtable">` +
    `<div class="controls js-only" role="search" aria-label="筛选数据 filter figures">${controls}</div>` +
    `<div class="scroll"><table><caption class="sr">关键数据 key figures</caption><thead><tr>${head}</tr></thead><tbody>\n`
  );
}

export const TABLE_TAIL = `</tbody></table></div></div>`;
