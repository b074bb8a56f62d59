// The report the browser page shows for one analysis. Until the HTML report
// (`-f html`) exists this is the Markdown report rendered by markdown-it;
// swapping it in is the one line marked below.
import MarkdownIt from 'markdown-it';
import type { Analysis } from '../pipeline/analysis.js';
import { analysisRenderer } from '../report/renderers/analysis.js';

// html: false — the article's own text is data, never markup.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

function markdownReportHtml(a: Analysis): string {
  return md.render(analysisRenderer.md!(a, { chalk: undefined as never, width: 120 }));
}

/** Analysis → an HTML fragment for the page. */
export const renderReport: (a: Analysis) => string = markdownReportHtml; // ← the HTML report's renderer goes here
