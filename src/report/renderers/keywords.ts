// keywords: word and weight, ranked.
import type { KeywordsResult } from '../../pipeline/analysis.js';
import { mdTable } from '../markdown.js';
import type { Renderer } from '../writer.js';

export const keywordsRenderer: Renderer<KeywordsResult> = {
  json: (r) => r,
  header: ['path', 'rank', 'word', 'weight'],
  rows: (r) => r.keywords.map((k, i) => [r.path, i + 1, k.word, round(k.weight)]),
  text: (r) => r.keywords.map((k) => `${k.word}\t${round(k.weight)}`).join('\n'),
  table: (r, { chalk }) =>
    `${chalk.bold(r.path)} (${r.method})\n` +
    r.keywords.map((k, i) => `${String(i + 1).padStart(3)}  ${k.word}  ${chalk.dim(round(k.weight))}`).join('\n'),
  md: (r) => `## ${r.path}\n\n` + mdTable(['#', 'keyword', 'weight'], r.keywords.map((k, i) => [String(i + 1), k.word, String(round(k.weight))])),
};

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
