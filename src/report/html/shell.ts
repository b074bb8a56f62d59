// The page around the content: a strict Content-Security-Policy that lets
// through exactly the one inline stylesheet and the one inline script (by
// their hashes) and nothing else — no request of any kind can leave the page.
import { createHash } from 'node:crypto';
import { esc } from './escape.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

let csp: string | null = null;

/** The hashes of the report's one stylesheet and one script (a page that frames the report allows them). */
export function reportCodeHashes(): { style: string; script: string } {
  return { style: sha256(STYLES), script: sha256(SCRIPT) };
}

export function contentSecurityPolicy(): string {
  // Built on first use: machine formats never pay for the hashes.
  csp ??= [
    "default-src 'none'",
    `style-src ${sha256(STYLES)}`,
    `script-src ${sha256(SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return csp;
}

export function pageHead(title: string): string {
  return (
    `<!doctype html>\n<html lang="zh" class="nojs"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="referrer" content="no-referrer">` +
    `<meta name="generator" content="wenxi">` +
    `<title>${esc(title)}</title><style>${STYLES}</style></head>\n<body>` +
    `<a class="skip" href="#main">跳到正文 skip to content</a>\n`
  );
}

export function pageTail(): string {
  return `<div id="tip" role="tooltip" hidden></div><script>${SCRIPT}</script>\n</body></html>\n`;
}

/** The bytes of code and style every report carries, whatever its article. */
export const codeBytes = () => Buffer.byteLength(STYLES) + Buffer.byteLength(SCRIPT);
