// analyze and sections: the report for people (terminal and Markdown) and the
// versioned JSON for scripts.
import type { Analysis, SectionResult } from '../../pipeline/analysis.js';
import type { Figure } from '../../types.js';
import { mdEscape, mdTable } from '../markdown.js';
import { fitTable, type Column, type FitCell } from '../table.js';
import { displayWidth, truncate, truncateStart, wrap } from '../text-width.js';
import type { RenderContext, Renderer } from '../writer.js';
import { html } from '../html-module.js';
import { FIGURE_CSV_HEADER, figureRow, figuresMarkdown, figuresTable } from './figures.js';

export const SECTIONS_SCHEMA = 'wenxi.sections/1';

const sectionName = (s: SectionResult) => s.heading ?? (s.index === 0 ? '(导语 lead)' : '(全文 whole text)');

/** Figures of a section and of its subsections (the counts a reader expects). */
function figuresUnder(a: Analysis, s: SectionResult): Figure[] {
  const inTree = new Set<number>([s.index]);
  for (const t of a.sections) if (t.parent !== null && inTree.has(t.parent)) inTree.add(t.index);
  return a.figures.filter((f) => f.section !== null && inTree.has(f.section));
}

function metaLines(a: Analysis): [string, string][] {
  const m = a.meta;
  const out: [string, string][] = [];
  if (m.date) out.push(['日期 date', m.date]);
  if (m.author) out.push(['作者 author', m.author]);
  if (m.editor) out.push(['编辑 editor', m.editor]);
  if (m.source) out.push(['来源 source', m.source]);
  return out;
}

function sectionsTable(a: Analysis, ctx: RenderContext): string {
  const { chalk } = ctx;
  const cols: Column[] = [
    { head: '#', right: true },
    { head: 'theme', min: 4, shrink: 1 },
    { head: 'heading', min: 10, shrink: 2 },
    { head: 'keywords', min: 8, shrink: 3 },
    { head: 'figures', right: true },
  ];
  const rows = a.sections.map((s): FitCell[] => {
    const indent = '  '.repeat(Math.max(0, s.level - 1));
    return [
      { plain: String(s.index) },
      { plain: s.theme ?? '', draw: (w) => chalk.cyan(truncate(s.theme ?? '', w)) },
      { plain: indent + sectionName(s) },
      { plain: s.keywords.slice(0, 4).map((k) => k.word).join('、') },
      { plain: String(figuresUnder(a, s).length) },
    ];
  });
  return fitTable(cols, rows, ctx);
}

function terminalReport(a: Analysis, ctx: RenderContext, sectionsOnly: boolean): string {
  const { chalk } = ctx;
  const out: string[] = [];
  // prose lines wrap at the terminal's width too, under their label
  const field = (k: string, v: string) => {
    const [first, ...rest] = wrap(v, ctx.width - displayWidth(k) - 2, ' '.repeat(displayWidth(k) + 2));
    return [`${chalk.dim(k)}  ${first}`, ...rest].join('\n');
  };
  out.push(chalk.bold.underline(truncate(a.meta.title ?? a.path, ctx.width)));
  out.push(chalk.dim(truncateStart(`${a.path} · ${a.encoding} · ${a.stats.characters} 字 · ${a.figures.length} figures`, ctx.width)));
  for (const [k, v] of metaLines(a)) out.push(field(k, v));
  if (!sectionsOnly && a.keywords.length) out.push(field('关键词 keywords', a.keywords.map((k) => k.word).join('、')));
  out.push('');

  out.push(sectionsTable(a, ctx));

  if (!sectionsOnly && a.figures.length) {
    out.push('', chalk.bold('关键数据 key figures'));
    for (const s of a.sections) {
      const fs = a.figures.filter((f) => f.section === s.index);
      if (!fs.length) continue;
      out.push(chalk.bold(truncate(`§${s.index} ${sectionName(s)}`, ctx.width)), figuresTable(fs, ctx));
    }
    const loose = a.figures.filter((f) => f.section === null);
    if (loose.length) out.push(figuresTable(loose, ctx));
  }

  out.push('', chalk.bold('摘要 summaries'));
  for (const s of a.sections) {
    if (!s.summary.length) continue;
    out.push(chalk.bold(truncate(`§${s.index} ${sectionName(s)}`, ctx.width)));
    for (const x of s.summary) out.push(...wrap(`  · ${x.text}`, ctx.width, '    '));
  }
  return out.join('\n') + '\n';
}

/** Plain text: the report's content as lines, no boxes or colour, for a file or a pager. */
function textReport(a: Analysis, sectionsOnly: boolean): string {
  const out: string[] = [];
  out.push(a.meta.title ?? a.path);
  out.push(`${a.path} · ${a.encoding} · ${a.stats.characters} 字 · ${a.figures.length} figures`);
  for (const [k, v] of metaLines(a)) out.push(`${k}: ${v}`);
  if (!sectionsOnly && a.keywords.length) out.push(`关键词 keywords: ${a.keywords.map((k) => k.word).join('、')}`);
  out.push('', '结构 sections');
  for (const s of a.sections) {
    const parts = [`${'  '.repeat(s.level)}${s.index}. ${sectionName(s)}`];
    if (s.theme) parts.push(`theme: ${s.theme}`);
    if (s.keywords.length) parts.push(`keywords: ${s.keywords.slice(0, 5).map((k) => k.word).join('、')}`);
    parts.push(`${figuresUnder(a, s).length} figures`);
    out.push(parts.join(' · '));
  }
  if (!sectionsOnly && a.figures.length) {
    out.push('', '关键数据 key figures');
    for (const f of a.figures) {
      const where = f.section === null ? '' : `§${f.section} `;
      out.push(`  ${where}${f.category}\t${f.label ?? ''}\t${f.text}${f.approx ? ' ≈' : ''}\t${f.sentence}`);
    }
  }
  out.push('', '摘要 summaries');
  for (const s of a.sections) {
    if (!s.summary.length) continue;
    out.push(`  §${s.index} ${sectionName(s)}`);
    for (const x of s.summary) out.push(`    · ${x.text}`);
  }
  // a blank line after each article, so several read as blocks
  return out.join('\n') + '\n\n';
}

function markdownReport(a: Analysis, sectionsOnly: boolean): string {
  const out: string[] = [];
  out.push(`# ${mdEscape(a.meta.title ?? a.path)}`, '');
  const meta = metaLines(a);
  meta.push(['文件 file', `${a.path} (${a.encoding})`]);
  out.push(...meta.map(([k, v]) => `- **${k}**: ${mdEscape(v)}`), '');
  if (!sectionsOnly && a.keywords.length)
    out.push(`**关键词 keywords**: ${a.keywords.map((k) => mdEscape(k.word)).join('、')}`, '');
  if (!sectionsOnly && a.summary.length) {
    out.push('## 摘要 summary', '');
    out.push(...a.summary.map((s) => `> ${mdEscape(s.text)}`), '');
  }
  out.push('## 结构 sections', '');
  out.push(
    mdTable(
      ['#', 'theme', 'heading', 'keywords', 'figures'],
      a.sections.map((s) => [
        String(s.index),
        s.theme ?? '',
        '\u3000'.repeat(Math.max(0, s.level - 1)) + sectionName(s),
        s.keywords.slice(0, 5).map((k) => k.word).join('、'),
        String(figuresUnder(a, s).length),
      ]),
    ),
  );
  for (const s of a.sections) {
    const fs = a.figures.filter((f) => f.section === s.index);
    if (!s.summary.length && (sectionsOnly || !fs.length)) continue;
    out.push(`### ${s.index}. ${mdEscape(sectionName(s))}`, '');
    if (s.summary.length) out.push(...s.summary.map((x) => `- ${mdEscape(x.text)}`), '');
    if (!sectionsOnly && fs.length) out.push(figuresMarkdown(fs));
  }
  return out.join('\n');
}

export const analysisRenderer: Renderer<Analysis> = {
  json: (a) => a,
  header: FIGURE_CSV_HEADER,
  rows: (a) => a.figures.map((f) => figureRow(a.path, f, a.sections.map((s) => s.heading))),
  table: (a, ctx) => terminalReport(a, ctx, false),
  text: (a) => textReport(a, false),
  md: (a) => markdownReport(a, false),
  html: (a, ctx) => html().articleChunk(a, ctx.source, ctx.folder),
};

export const sectionsRenderer: Renderer<Analysis> = {
  json: (a) => ({ schema: SECTIONS_SCHEMA, path: a.path, encoding: a.encoding, script: a.script, meta: a.meta, sections: a.sections }),
  header: ['path', 'index', 'level', 'parent', 'heading', 'theme', 'start', 'end', 'keywords', 'summary'],
  rows: (a) =>
    a.sections.map((s) => [
      a.path,
      s.index,
      s.level,
      s.parent,
      s.heading,
      s.theme,
      s.start,
      s.end,
      s.keywords.map((k) => k.word).join(' '),
      s.summary.map((x) => x.text).join(''),
    ]),
  table: (a, ctx) => terminalReport(a, ctx, true),
  text: (a) => textReport(a, true),
  md: (a) => markdownReport(a, true),
  html: (a, ctx) => html().articleChunk(a, ctx.source, ctx.folder),
};
