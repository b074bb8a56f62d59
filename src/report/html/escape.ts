// Every piece of article text passes through here before it meets markup: an
// article containing <script> or "><img onerror=…> must show as text.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  const t = String(s);
  return SPECIAL.test(t) ? t.replace(SPECIALS, (c) => ENTITIES[c]!) : t;
}

/** A value for an id or a class: only characters that need no escaping anywhere. */
export function token(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_');
}
