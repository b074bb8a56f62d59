// The corpus summary for people and scripts.
import type { CorpusStats } from '../../pipeline/stats.js';
import { delimitedRows } from '../delimited.js';
import { mdTable } from '../markdown.js';
import { fitTable } from '../table.js';
import { formatValue } from '../numbers.js';
import { truncateStart } from '../text-width.js';
import type { OutputFormat, RenderContext } from '../writer.js';
import { html } from '../html-module.js';

export function renderStats(s: CorpusStats, format: OutputFormat, ctx: RenderContext): string {
  const { chalk } = ctx;
  switch (format) {
    case 'json':
      return JSON.stringify(s, null, 2) + '\n';
    case 'ndjson':
      return JSON.stringify(s) + '\n';
    case 'csv':
    case 'tsv':
      return delimitedRows(
        [
          ['measure', 'key', 'value', 'unit', 'text', 'label'],
          ['articles', '', s.articles],
          ['characters', '', s.characters],
          ['figures', '', s.figures],
          ...Object.entries(s.figuresByCategory).map(([k, v]) => ['figures_by_category', k, v ?? 0]),
          ...Object.entries(s.figuresByStatus).map(([k, v]) => ['figures_by_status', k, v]),
          // the largest sums: key is the article, value the normalised amount; unit and text beside
          ...s.largestMoney.map((m) => ['largest_money', m.path, m.value, m.unit, m.text, m.label ?? '']),
          ...s.topLabels.map((l) => ['label', l.label, l.count]),
          ...s.topKeywords.map((k) => ['keyword', k.word, k.articles]),
        ],
        format === 'tsv' ? '\t' : ',',
      );
    case 'html':
      return html().statsPage(s);
    case 'md':
      return [
        '# 语料概览 corpus summary',
        '',
        `- **articles**: ${s.articles}`,
        `- **characters**: ${s.characters}`,
        `- **figures**: ${s.figures} (${s.figuresByStatus.actual} 实绩 actual, ${s.figuresByStatus.target} 目标 target, ${s.figuresByStatus.unknown} unknown)`,
        '',
        '## figures by category',
        '',
        mdTable(['category', 'figures'], Object.entries(s.figuresByCategory).map(([k, v]) => [k, String(v)])),
        '## largest money figures',
        '',
        mdTable(['value', 'text', 'label', 'article'], s.largestMoney.map((m) => [formatValue(m.value, m.unit), m.text, m.label ?? '', m.path])),
        '## most frequent labels',
        '',
        mdTable(['label', 'figures'], s.topLabels.map((l) => [l.label, String(l.count)])),
        '## most frequent keywords',
        '',
        mdTable(['keyword', 'articles'], s.topKeywords.map((k) => [k.word, String(k.articles)])),
      ].join('\n');
    case 'text':
      return [
        `articles\t${s.articles}`,
        `characters\t${s.characters}`,
        `figures\t${s.figures}`,
        '',
        'figures by category',
        ...Object.entries(s.figuresByCategory).map(([k, v]) => `  ${k}\t${v}`),
        '',
        'largest money figures',
        ...s.largestMoney.map((m) => `  ${formatValue(m.value, m.unit)}\t${m.text}\t${m.label ?? ''}\t${m.path}`),
        '',
        'most frequent labels',
        ...s.topLabels.map((l) => `  ${l.label}\t${l.count}`),
        '',
        'most frequent keywords',
        ...s.topKeywords.map((k) => `  ${k.word}\t${k.articles}`),
      ].join('\n') + '\n';
    default: {
      const two = (a: string, b: string, rows: [string, string][]) =>
        fitTable([{ head: a, min: 8, shrink: 1 }, { head: b, right: true }], rows, ctx);
      const money = fitTable(
        [{ head: 'value', right: true }, { head: 'text', min: 6, shrink: 1 }, { head: 'label', min: 6, cap: 16, shrink: 2 }, { head: 'article', min: 10, shrink: 3 }],
        s.largestMoney.map((m) => [formatValue(m.value, m.unit), m.text, m.label ?? '', { plain: m.path, draw: (w: number) => truncateStart(m.path, w) }]),
        ctx,
      );
      return [
        chalk.bold(`语料概览 corpus: ${s.articles} articles, ${s.characters} characters, ${s.figures} figures`),
        `实绩 actual ${s.figuresByStatus.actual} · 目标 target ${s.figuresByStatus.target} · unknown ${s.figuresByStatus.unknown}`,
        two('category', 'figures', Object.entries(s.figuresByCategory).map(([k, v]) => [k, String(v)])),
        chalk.bold('largest money figures'),
        money,
        chalk.bold('most frequent labels'),
        two('label', 'figures', s.topLabels.map((l) => [l.label, String(l.count)])),
        chalk.bold('most frequent keywords'),
        two('keyword', 'articles', s.topKeywords.map((k) => [k.word, String(k.articles)])),
      ].join('\n') + '\n';
    }
  }
}
