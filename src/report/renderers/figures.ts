// figures: a table for people, one row per figure for spreadsheets.
import type { FiguresResult } from '../../pipeline/figures-stage.js';
import type { Figure } from '../../types.js';
import { mdTable } from '../markdown.js';
import { fitTable, type Column, type FitCell } from '../table.js';
import { formatValue } from '../numbers.js';
import { around, truncate, truncateStart } from '../text-width.js';
import type { RenderContext, Renderer } from '../writer.js';
import { paintCategory } from './categories.js';
import { html } from '../html-module.js';

export const FIGURE_CSV_HEADER = [
  'path', 'section', 'category', 'label', 'value', 'unit', 'approx', 'text', 'start', 'end', 'sentence',
  // every field of the JSON has a column: a range's high bound, status, change, the period the figure refers to
  'max', 'status', 'direction', 'basis', 'period',
];

export function figureRow(path: string, f: Figure, headings: (string | null)[]): (string | number | boolean | null)[] {
  const section = f.section === null ? null : headings[f.section] ?? null;
  return [
    path, section, f.category, f.label, f.value, f.unit, f.approx, f.text, f.start, f.end, f.sentence,
    f.range?.max ?? null, f.status ?? null, f.change?.direction ?? null, f.change?.basis ?? null, f.period ?? null,
  ];
}

/** 目标 (a goal or plan) / 实绩 (achieved), for people */
export const statusName = (f: Figure): string => (f.status === 'target' ? '目标' : f.status === 'actual' ? '实绩' : '');

/** The value as a reader checks it: grouped digits and the unit; a range as low–high, a bound as ≥ / ≤; a change with its direction: ↑ 6.1 % / ↓ 0.4 % */
function valueText(f: Figure): string {
  const r = f.range;
  let v = formatValue(f.value, f.unit);
  if (r && r.min != null && r.max != null) v = `${formatValue(r.min, null)}–${formatValue(r.max, f.unit)}`;
  else if (r && r.max == null) v = `≥ ${v}`;
  else if (r && r.min == null) v = `≤ ${v}`;
  return f.change ? `${f.change.direction === 'up' ? '↑' : '↓'} ${v}` : v;
}

/** --explain: one line per figure saying which rules produced it */
export function explainLines(figures: Figure[]): string {
  return figures
    .filter((f) => f.explain)
    .map((f) => {
      const e = f.explain!;
      const parts = [`extractor ${e.extractor}`, `label ${f.label ?? '(none)'} ← ${e.label}`, `status ${f.status ?? 'null'} ← ${e.status}`];
      if (e.change) parts.push(`change ${f.change?.direction ?? ''} ← ${e.change}`);
      return `${f.text} @${f.start}: ${parts.join('; ')}`;
    })
    .join('\n');
}

export function figuresTable(figures: Figure[], ctx: RenderContext, headings?: (string | null)[]): string {
  const { chalk } = ctx;
  const withSection = Boolean(headings && headings.some((h) => h));
  const cols: Column[] = [
    { head: 'category' },
    { head: 'label', min: 8, cap: 12, shrink: 3 },
    { head: 'value', right: true },
    { head: 'text', min: 6, shrink: 1 },
    { head: '≈', optional: 0 },
    { head: 'status' },
    ...(withSection ? [{ head: 'section', min: 6, cap: 10, shrink: 2, optional: 1 }] : []),
    { head: 'sentence', min: 12, shrink: 4 },
  ];
  const occurrence = occurrenceIndex(figures);
  const rows = figures.map((f, i): FitCell[] => [
    { plain: f.category, draw: (w) => paintCategory(chalk, f.category, truncate(f.category, w)) },
    { plain: f.label ?? '' },
    { plain: valueText(f) },
    { plain: f.text, draw: (w) => chalk.dim(truncate(f.text, w)) },
    { plain: f.approx ? '≈' : '' },
    { plain: statusName(f) },
    ...(withSection ? [{ plain: f.section === null ? '' : headings![f.section] ?? '' }] : []),
    { plain: f.sentence, draw: (w) => highlighted(f.sentence, focusAt(f.sentence, f.text, occurrence[i]!), f.text, w, chalk) },
  ]);
  return fitTable(cols, rows, ctx);
}

/**
 * Which occurrence of its text a figure is within its sentence: the k-th
 * figure of a sentence with the same text is its k-th standalone occurrence.
 */
function occurrenceIndex(figures: Figure[]): number[] {
  const seen = new Map<string, number>();
  return figures.map((f) => {
    const key = `${f.sentence}\u0000${f.text}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return k;
  });
}

/** A numeral character: the figure 2万吨 does not stand inside 52万吨. */
const NUMERAL = /[0-9０-９.．零〇一二三四五六七八九十百千万亿两]/;

/** Code unit index of the k-th standalone occurrence of `focus` in `sentence`, or -1. */
export function focusAt(sentence: string, focus: string, k: number): number {
  if (!focus) return -1;
  const starts: number[] = [];
  for (let at = sentence.indexOf(focus); at >= 0; at = sentence.indexOf(focus, at + 1)) starts.push(at);
  const first = focus[0]!;
  const standalone = starts.filter((at) => !(NUMERAL.test(first) && at > 0 && NUMERAL.test(sentence[at - 1]!)));
  const list = standalone.length ? standalone : starts;
  return list.length ? list[Math.min(k, list.length - 1)]! : -1;
}

/** The sentence cut to `cols` around the figure, the figure underlined. */
function highlighted(sentence: string, at: number, focus: string, cols: number, chalk: RenderContext['chalk']): string {
  if (at < 0) return truncate(sentence, cols);
  const mark = '\u0000';
  // cut with a marker around the figure so the highlight follows the cut
  const cut = around(sentence.slice(0, at) + mark + focus + mark + sentence.slice(at + focus.length), mark + focus, cols + 2);
  const parts = cut.split(mark);
  if (parts.length !== 3) return cut.replace(/\u0000/g, '');
  return parts[0] + chalk.bold.underline(parts[1]!) + parts[2];
}

export function figuresMarkdown(figures: Figure[]): string {
  return mdTable(
    ['类别 category', '指标 label', '数值 value', '原文 text', '约 approx', '状态 status', '时间 period'],
    figures.map((f) => [
      f.category,
      f.label ?? '',
      valueText(f),
      f.text,
      f.approx ? '≈' : '',
      statusName(f),
      f.period ?? '',
    ]),
  );
}

export const figuresRenderer: Renderer<FiguresResult> = {
  json: (r) => ({ schema: r.schema, path: r.path, encoding: r.encoding, script: r.script, figures: r.figures, sectionHeadings: r.sectionHeadings }),
  header: FIGURE_CSV_HEADER,
  rows: (r) => r.figures.map((f) => figureRow(r.path, f, r.sectionHeadings)),
  html: (r, ctx) => html().figuresChunk(r, ctx.source, ctx.folder),
  table(r, ctx) {
    const title = ctx.chalk.bold(truncateStart(`${r.path}  (${r.figures.length} figures)`, ctx.width));
    const why = explainLines(r.figures);
    return (r.figures.length ? `${title}\n${figuresTable(r.figures, ctx, r.sectionHeadings)}` : `${title}\n`) + (why ? `\n${why}\n` : '');
  },
  text(r) {
    const rows = r.figures
      .map((f) => [r.path, f.category, f.label ?? '', f.value, f.unit ?? '', f.approx ? '≈' : '', f.text, f.status ?? '', f.change?.direction ?? '', f.period ?? ''].join('\t'))
      .join('\n');
    const why = explainLines(r.figures);
    return why ? `${rows}\n${why}` : rows;
  },
  md(r) {
    const why = explainLines(r.figures);
    return `## ${r.path}\n\n${r.figures.length ? figuresMarkdown(r.figures) : '(no figures)\n'}${why ? `\n\`\`\`\n${why}\n\`\`\`\n` : ''}`;
  },
};
