// What wenxi accepts from a web server, and its defaults.
import type { DocumentKind } from './readers.js';

/** The addresses read over the network; anything else is a path. */
export const URL_PATTERN = /^https?:\/\//i;

export const DEFAULT_TIMEOUT_S = 20;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
export const USER_AGENT = 'wenxi/0.1 (+https://github.com/; article analysis)';

/** Media types read as text (HTML, plain text, Markdown, XML). */
export const TEXT_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'text/xml',
  'application/xml',
]);

/** Media types read by a document reader. */
export const DOCUMENT_TYPES: Record<string, DocumentKind> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
};

// Pages that say gb2312 are in practice GBK or GB18030 (WHATWG maps the label
// to GBK); GB18030 decodes all three.
export const CHARSET_ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  csgb2312: 'gb18030',
  'euc-cn': 'gb18030',
  chinese: 'gb18030',
  gb18030: 'gb18030',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
};
