// analyze and sections: the report for people (terminal and Markdown) and the
// versioned JSON for scripts.
import type { Analysis, SectionResult } from '../../pipeline/analysis.js';
import type { Figure } from '../../types.js';
import { mdEscape, mdTable } from '../markdown.js';
import { makeTable } from '../table.js';
import { truncate } from '../text-width.js';
import type { RenderContext, Renderer } from '../writer.js';
import { articleChunk } from '../html/index.js';
import { FIGURE_CSV_HEADER, figureRow, figuresMarkdown, figuresTable } from './figures.js';

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

function terminalReport(a: Analysis, ctx: RenderContext, sectionsOnly: boolean): string {
  const { chalk } = ctx;
  const out: string[] = [];
  out.push(chalk.bold.underline(a.meta.title ?? a.path));
  out.push(chalk.dim(`${a.path} · ${a.encoding} · ${a.stats.characters} 字 · ${a.figures.length} figures`));
  for (const [k, v] of metaLines(a)) out.push(`${chalk.dim(k)}  ${v}`);
  if (!sectionsOnly && a.keywords.length) out.push(`${chalk.dim('关键词 keywords')}  ${a.keywords.map((k) => k.word).join('、')}`);
  out.push('');

  const t = makeTable(['#', 'theme', 'heading', 'keywords', 'figures'], chalk);
  const headingCols = Math.max(16, Math.floor((ctx.width - 40) / 2));
  for (const s of a.sections) {
    const indent = '  '.repeat(Math.max(0, s.level - 1));
    t.push([
      String(s.index),
      s.theme ? chalk.cyan(s.theme) : '',
      indent + truncate(sectionName(s), headingCols - indent.length),
      truncate(s.keywords.slice(0, 4).map((k) => k.word).join('、'), headingCols),
      String(figuresUnder(a, s).length),
    ]);
  }
  out.push(t.toString());

  if (!sectionsOnly && a.figures.length) {
    out.push('', chalk.bold('关键数据 key figures'));
    for (const s of a.sections) {
      const fs = a.figures.filter((f) => f.section === s.index);
      if (!fs.length) continue;
      out.push(chalk.bold(`§${s.index} ${sectionName(s)}`), figuresTable(fs, ctx));
    }
    const loose = a.figures.filter((f) => f.section === null);
    if (loose.length) out.push(figuresTable(loose, ctx));
  }

  out.push('', chalk.bold('摘要 summaries'));
  for (const s of a.sections) {
    if (!s.summary.length) continue;
    out.push(chalk.bold(`§${s.index} ${sectionName(s)}`));
    for (const x of s.summary) out.push(`  · ${x.text}`);
  }
  return out.join('\n') + '\n';
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
  md: (a) => markdownReport(a, false),
  html: (a, ctx) => articleChunk(a, ctx.source),
};

export const sectionsRenderer: Renderer<Analysis> = {
  json: (a) => ({ path: a.path, encoding: a.encoding, meta: a.meta, sections: a.sections }),
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
  md: (a) => markdownReport(a, true),
  html: (a, ctx) => articleChunk(a, ctx.source),
};
