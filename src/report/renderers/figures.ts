// figures: a table for people, one row per figure for spreadsheets.
import type { FiguresResult } from '../../pipeline/figures-stage.js';
import type { Figure } from '../../types.js';
import { mdTable } from '../markdown.js';
import { makeTable } from '../table.js';
import { formatValue, formatWan } from '../numbers.js';
import { around, truncate } from '../text-width.js';
import type { RenderContext, Renderer } from '../writer.js';
import { paintCategory } from './categories.js';
import { figuresChunk } from '../html/index.js';

export const FIGURE_CSV_HEADER = [
  'path', 'section', 'category', 'label', 'value', 'unit', 'approx', 'text', 'start', 'end', 'sentence',
];

export function figureRow(path: string, f: Figure, headings: (string | null)[]): (string | number | boolean | null)[] {
  const section = f.section === null ? null : headings[f.section] ?? null;
  return [path, section, f.category, f.label, f.value, f.unit, f.approx, f.text, f.start, f.end, f.sentence];
}

export function figuresTable(figures: Figure[], ctx: RenderContext, headings?: (string | null)[]): string {
  const { chalk } = ctx;
  const withSection = Boolean(headings && headings.some((h) => h));
  const head = ['category', 'label', 'value', '', '≈', ...(withSection ? ['section'] : []), 'sentence'];
  const fixed = 10 + 18 + 20 + 12 + 3 + (withSection ? 14 : 0) + 3 * head.length;
  const sentenceCols = Math.max(20, ctx.width - fixed);
  const table = makeTable(head, chalk);
  for (const f of figures) {
    const wan = formatWan(f.value, f.unit);
    const value = f.range ? `${formatValue(f.value, null)}–${formatValue(f.range.max, f.unit)}` : formatValue(f.value, f.unit);
    table.push([
      paintCategory(chalk, f.category),
      truncate(f.label ?? '', 18),
      value,
      chalk.dim(wan || f.text),
      f.approx ? '≈' : '',
      ...(withSection ? [truncate(f.section === null ? '' : headings![f.section] ?? '', 14)] : []),
      highlight(around(f.sentence, f.text, sentenceCols), f.text, chalk),
    ]);
  }
  return table.toString();
}

function highlight(s: string, focus: string, chalk: RenderContext['chalk']): string {
  const at = s.indexOf(focus);
  return at < 0 ? s : s.slice(0, at) + chalk.bold.underline(focus) + s.slice(at + focus.length);
}

export function figuresMarkdown(figures: Figure[]): string {
  return mdTable(
    ['类别 category', '指标 label', '数值 value', '原文 text', '约 approx'],
    figures.map((f) => [
      f.category,
      f.label ?? '',
      f.range ? `${formatValue(f.value, null)}–${formatValue(f.range.max, f.unit)}` : formatValue(f.value, f.unit),
      f.text,
      f.approx ? '≈' : '',
    ]),
  );
}

export const figuresRenderer: Renderer<FiguresResult> = {
  json: (r) => ({ path: r.path, encoding: r.encoding, figures: r.figures }),
  header: FIGURE_CSV_HEADER,
  rows: (r) => r.figures.map((f) => figureRow(r.path, f, r.sectionHeadings)),
  html: (r, ctx) => figuresChunk(r, ctx.source),
  table(r, ctx) {
    const title = ctx.chalk.bold(`${r.path}  (${r.figures.length} figures)`);
    return r.figures.length ? `${title}\n${figuresTable(r.figures, ctx, r.sectionHeadings)}` : `${title}\n`;
  },
  text(r) {
    return r.figures
      .map((f) => [r.path, f.category, f.label ?? '', f.value, f.unit ?? '', f.approx ? '≈' : '', f.text].join('\t'))
      .join('\n');
  },
  md(r) {
    return `## ${r.path}\n\n${r.figures.length ? figuresMarkdown(r.figures) : '(no figures)\n'}`;
  },
};
