// figures: a table for people, one row per figure for spreadsheets.
import type { FiguresResult } from '../../pipeline/figures-stage.js';
import type { Figure } from '../../types.js';
import { mdTable } from '../markdown.js';
import { makeTable } from '../table.js';
import { formatValue, formatWan } from '../numbers.js';
import { around, truncate } from '../text-width.js';
import type { RenderContext, Renderer } from '../writer.js';
import { paintCategory } from './categories.js';

export const FIGURE_CSV_HEADER = [
  'path', 'section', 'category', 'label', 'value', 'unit', 'approx', 'text', 'start', 'end', 'sentence',
  'status', 'direction', 'basis', 'period',
];

export function figureRow(path: string, f: Figure, headings: (string | null)[]): (string | number | boolean | null)[] {
  const section = f.section === null ? null : headings[f.section] ?? null;
  return [
    path, section, f.category, f.label, f.value, f.unit, f.approx, f.text, f.start, f.end, f.sentence,
    f.status ?? null, f.change?.direction ?? null, f.change?.basis ?? null, f.period ?? null,
  ];
}

/** 目标 (a goal or plan) / 实绩 (achieved), for people */
export const statusName = (f: Figure): string => (f.status === 'target' ? '目标' : f.status === 'actual' ? '实绩' : '');

/** the value with the direction of a change: ↑ 6.1 % / ↓ 0.4 % */
function shownValue(f: Figure): string {
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
  const head = ['category', 'label', 'value', '', '≈', 'status', ...(withSection ? ['section'] : []), 'sentence'];
  const fixed = 10 + 18 + 22 + 12 + 3 + 6 + (withSection ? 14 : 0) + 3 * head.length;
  const sentenceCols = Math.max(20, ctx.width - fixed);
  const table = makeTable(head, chalk);
  for (const f of figures) {
    const wan = formatWan(f.value, f.unit);
    table.push([
      paintCategory(chalk, f.category),
      truncate(f.label ?? '', 18),
      shownValue(f),
      chalk.dim(wan || f.text),
      f.approx ? '≈' : '',
      statusName(f),
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
    ['类别 category', '指标 label', '数值 value', '原文 text', '约 approx', '状态 status', '时间 period'],
    figures.map((f) => [
      f.category,
      f.label ?? '',
      shownValue(f),
      f.text,
      f.approx ? '≈' : '',
      statusName(f),
      f.period ?? '',
    ]),
  );
}

export const figuresRenderer: Renderer<FiguresResult> = {
  json: (r) => ({ path: r.path, encoding: r.encoding, figures: r.figures }),
  header: FIGURE_CSV_HEADER,
  rows: (r) => r.figures.map((f) => figureRow(r.path, f, r.sectionHeadings)),
  table(r, ctx) {
    const title = ctx.chalk.bold(`${r.path}  (${r.figures.length} figures)`);
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
