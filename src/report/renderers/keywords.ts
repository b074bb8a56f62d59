// keywords: word and weight, ranked.
import type { KeywordsResult } from '../../pipeline/analysis.js';
import { mdTable } from '../markdown.js';
import { displayWidth } from '../text-width.js';
import type { RenderContext, Renderer } from '../writer.js';

export const KEYWORDS_SCHEMA = 'wenxi.keywords/1';

/** Pad to a display width: CJK words take two columns each. */
const padTo = (s: string, cols: number) => s + ' '.repeat(Math.max(0, cols - displayWidth(s)));

function table(r: KeywordsResult, { chalk }: RenderContext): string {
  const wordCols = Math.max(4, ...r.keywords.map((k) => displayWidth(k.word)));
  const lines = r.keywords.map((k, i) => `${String(i + 1).padStart(3)}  ${padTo(k.word, wordCols)}  ${chalk.dim(round(k.weight).toFixed(4))}`);
  return `${chalk.bold(r.path)} (${r.method})\n${lines.join('\n')}`;
}

export const keywordsRenderer: Renderer<KeywordsResult> = {
  json: (r) => ({ schema: KEYWORDS_SCHEMA, ...r }),
  header: ['path', 'rank', 'word', 'weight'],
  rows: (r) => r.keywords.map((k, i) => [r.path, i + 1, k.word, round(k.weight)]),
  // word<TAB>weight, as before; with several inputs each line starts with its path
  text: (r, ctx) => r.keywords.map((k) => `${ctx.several ? `${r.path}\t` : ''}${k.word}\t${round(k.weight)}`).join('\n'),
  table,
  md: (r) => `## ${r.path}\n\n` + mdTable(['#', 'keyword', 'weight'], r.keywords.map((k, i) => [String(i + 1), k.word, String(round(k.weight))])),
};

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
