// HTML → readable text with a real parser: blocks become lines, <h1>–<h4> stay
// lines of their own (reported for section detection), script/style vanish.
import { lazy } from '../util/lazy.js';
import { BLOCK_ELEMENTS, HEADING_ELEMENTS, SKIPPED_ELEMENTS } from './html-data.js';

const htmlparser2 = lazy<typeof import('htmlparser2')>('htmlparser2');

export interface HtmlText {
  text: string;
  /** 0-based line numbers of <h1>–<h4> text in `text` */
  headingLines: number[];
}

export function htmlToText(html: string): HtmlText {
  const lines: { text: string; heading: boolean }[] = [];
  let current = '';
  let skipDepth = 0;
  let headingDepth = 0;
  let preDepth = 0;

  const flush = () => {
    const t = current.replace(/[ \t\u00a0\u3000]+/g, ' ').trim();
    if (t) lines.push({ text: t, heading: headingDepth > 0 });
    current = '';
  };

  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name) {
        if (SKIPPED_ELEMENTS.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth) return;
        if (name === 'br') {
          flush();
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) flush();
        if (HEADING_ELEMENTS.has(name)) headingDepth++;
        if (name === 'pre') preDepth++;
      },
      ontext(data) {
        if (skipDepth) return;
        if (preDepth) {
          const parts = data.split('\n');
          parts.forEach((p, i) => {
            if (i > 0) flush();
            current += p;
          });
          return;
        }
        current += data.replace(/\s+/g, ' ');
      },
      onclosetag(name, isImplied) {
        if (SKIPPED_ELEMENTS.has(name)) {
          if (skipDepth) skipDepth--;
          return;
        }
        if (skipDepth) return;
        if (BLOCK_ELEMENTS.has(name)) flush();
        if (HEADING_ELEMENTS.has(name) && headingDepth) headingDepth--;
        if (name === 'pre' && preDepth) preDepth--;
        void isImplied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const headingLines: number[] = [];
  lines.forEach((l, i) => {
    if (l.heading) headingLines.push(i);
  });
  return { text: lines.map((l) => l.text).join('\n'), headingLines };
}

/** Does this text look like HTML (for stdin and files without a telling extension)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|p|div)[\s>]/.test(head);
}
