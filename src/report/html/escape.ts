// Every piece of article text passes through here before it meets markup: an
// article containing <script> or "><img onerror=…> must show as text. C0
// control characters are not allowed in HTML and stand for nothing a reader
// needs; replacing them also keeps the id placeholder (pack.ts) out of text.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const SPECIALS = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  const t = String(s);
  return SPECIAL.test(t) ? t.replace(SPECIALS, (c) => ENTITIES[c] ?? '\ufffd') : t;
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** CONTROLS without the g flag, for test() (a global regex keeps state between calls). */
const CONTROL = new RegExp(CONTROLS.source);

/** Text as a page shows it once esc() has passed: the same, with control characters as U+FFFD. */
export function shown(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  const t = String(s);
  return CONTROL.test(t) ? t.replace(CONTROLS, '\ufffd') : t;
}

/** A value for an id or a class: only characters that need no escaping anywhere. */
export function token(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_');
}
