// The HTML report (`-f html`): how one result becomes a packed chunk, and the
// page writer that lays the chunks out.
import type { SourceText } from '../../types.js';
import type { Analysis } from '../../pipeline/analysis.js';
import { packArticle, packChunk } from './pack.js';

export { HtmlFraming, statsPage } from './framing.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** An analysis with its text: the full report. */
export function articleChunk(a: Analysis, source: SourceText | undefined): string {
  if (!source) throw new Error('the HTML report needs the article text');
  return packChunk(packArticle(a, source.text));
}

/** Any other result: its text form, shown as preformatted text. */
export function plainChunk(path: string, text: string): string {
  return packChunk({ kind: 'plain', path, text: text.replace(ANSI, '') });
}
