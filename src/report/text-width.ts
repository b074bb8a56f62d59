// Display width on a terminal: CJK and full-width characters take two columns.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Cut to at most `cols` columns, marking the cut with an ellipsis. */
export function truncate(s: string, cols: number): string {
  if (displayWidth(s) <= cols) return s;
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = WIDE.test(ch) ? 2 : 1;
    if (w + cw > cols - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/**
 * Cut a sentence to `cols` columns around `focus` (the figure), so the part
 * that matters stays visible: …前文 focus 后文…
 */
export function around(sentence: string, focus: string, cols: number): string {
  if (displayWidth(sentence) <= cols) return sentence;
  const at = sentence.indexOf(focus);
  if (at < 0) return truncate(sentence, cols);
  const chars = Array.from(sentence);
  const focusStart = Array.from(sentence.slice(0, at)).length;
  // start a little before the figure, then fill to the width
  let start = focusStart;
  let w = 0;
  const lead = Math.floor(cols / 3);
  while (start > 0 && w + displayWidth(chars[start - 1]!) <= lead) {
    start--;
    w += displayWidth(chars[start]!);
  }
  const prefix = start > 0 ? '…' : '';
  return prefix + truncate(chars.slice(start).join(''), cols - prefix.length);
}

/** Cut from the left, keeping the end (a path's file name matters most). */
export function truncateStart(s: string, cols: number): string {
  if (displayWidth(s) <= cols) return s;
  const chars = Array.from(s);
  let w = 1;
  let k = chars.length;
  while (k > 0 && w + displayWidth(chars[k - 1]!) <= cols) {
    k--;
    w += displayWidth(chars[k]!);
  }
  return '…' + chars.slice(k).join('');
}

/** Lines of at most `cols` columns; continuation lines get `indent` (a hanging indent under a bullet). */
export function wrap(s: string, cols: number, indent = ''): string[] {
  const out: string[] = [];
  let line = '';
  let w = 0;
  const room = (first: boolean) => Math.max(10, cols - (first ? 0 : displayWidth(indent)));
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > room(out.length === 0)) {
      out.push(out.length ? indent + line : line);
      line = '';
      w = 0;
    }
    line += ch;
    w += cw;
  }
  if (line || !out.length) out.push(out.length ? indent + line : line);
  return out;
}
