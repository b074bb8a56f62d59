// The corpus summary for people and scripts.
import type { ChalkInstance } from 'chalk';
import type { CorpusStats } from '../../pipeline/stats.js';
import { delimitedRows } from '../delimited.js';
import { mdTable } from '../markdown.js';
import { makeTable } from '../table.js';
import { formatValue } from '../numbers.js';
import { truncate, truncateStart } from '../text-width.js';
import type { OutputFormat } from '../writer.js';
import { statsPage } from '../html/index.js';

export function renderStats(s: CorpusStats, format: OutputFormat, chalk: ChalkInstance): string {
  switch (format) {
    case 'json':
      return JSON.stringify(s, null, 2) + '\n';
    case 'ndjson':
      return JSON.stringify(s) + '\n';
    case 'csv':
    case 'tsv':
      return delimitedRows(
        [
          ['measure', 'key', 'value'],
          ['articles', '', s.articles],
          ['characters', '', s.characters],
          ['figures', '', s.figures],
          ...Object.entries(s.figuresByCategory).map(([k, v]) => ['figures_by_category', k, v ?? 0]),
          ...s.topLabels.map((l) => ['label', l.label, l.count]),
          ...s.topKeywords.map((k) => ['keyword', k.word, k.articles]),
        ],
        format === 'tsv' ? '\t' : ',',
      );
    case 'html':
      return statsPage(s);
    case 'md':
      return [
        '# 语料概览 corpus summary',
        '',
        `- **articles**: ${s.articles}`,
        `- **characters**: ${s.characters}`,
        `- **figures**: ${s.figures}`,
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
    default: {
      const t = (head: string[]) => makeTable(head, chalk);
      const cat = t(['category', 'figures']);
      for (const [k, v] of Object.entries(s.figuresByCategory)) cat.push([k, String(v)]);
      const money = t(['value', 'text', 'label', 'article']);
      for (const m of s.largestMoney) money.push([formatValue(m.value, m.unit), m.text, truncate(m.label ?? '', 20), truncateStart(m.path, 40)]);
      const labels = t(['label', 'figures']);
      for (const l of s.topLabels) labels.push([truncate(l.label, 30), String(l.count)]);
      const kws = t(['keyword', 'articles']);
      for (const k of s.topKeywords) kws.push([k.word, String(k.articles)]);
      return [
        chalk.bold(`语料概览 corpus: ${s.articles} articles, ${s.characters} characters, ${s.figures} figures`),
        cat.toString(),
        chalk.bold('largest money figures'),
        money.toString(),
        chalk.bold('most frequent labels'),
        labels.toString(),
        chalk.bold('most frequent keywords'),
        kws.toString(),
      ].join('\n') + '\n';
    }
  }
}
