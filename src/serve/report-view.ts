// The report the browser page shows for one analysis: the HTML report of
// `wenxi analyze -f html`, a whole self-contained document with its own
// Content-Security-Policy (its one style and one script by their hashes). The
// page shows it in a sandboxed frame; a frame made from srcdoc inherits the
// page's policy too, so the page's policy allows the same two hashes.
import { contentSecurityPolicy, reportCodeHashes } from '../report/html/shell.js';
import { unpackChunk } from '../report/html/pack.js';
import { singlePage } from '../report/html/pages.js';

/** A worker's `-f html` chunk of one article → the report page and the policy to send it with. */
export function renderReport(chunk: string): { html: string; csp: string } {
  const p = unpackChunk(chunk);
  if (p.kind === 'plain') throw new Error('the report needs an analysis');
  return { html: singlePage(p), csp: contentSecurityPolicy() };
}

/** The report's code, for the page's policy: 'sha256-…' of its style and of its script. */
export const reportHashes = reportCodeHashes;
