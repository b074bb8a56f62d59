// A figure's `sentence`: the whole sentence, or — when a "sentence" is huge (a
// table flattened into one line, 1 MB of 1,1,1,… with no full stop) — a window
// of it around the figure, so output stays linear in the input. A cut end is
// marked with "…" (U+2026), which is then not part of the text.

/** longest sentence given whole, and the size of a window (UTF-16 units) */
export const MAX_SENTENCE = 200;
export const CUT_MARK = '…';

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** text[start, end) is the sentence, text[fStart, fEnd) the figure inside it */
export function sentenceWindow(text: string, start: number, end: number, fStart: number, fEnd: number): string {
  if (end - start <= MAX_SENTENCE) return text.slice(start, end);
  const side = Math.max(0, Math.floor((MAX_SENTENCE - (fEnd - fStart)) / 2));
  let from = Math.max(start, fStart - side);
  let to = Math.min(end, fEnd + side);
  // a window against one end of the sentence gives its unused side to the other
  if (from === start) to = Math.min(end, Math.max(to, start + MAX_SENTENCE));
  if (to === end) from = Math.max(start, Math.min(from, end - MAX_SENTENCE));
  // never split a surrogate pair
  if (from > start && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < end && isLowSurrogate(text.charCodeAt(to))) to++;
  return (from > start ? CUT_MARK : '') + text.slice(from, to) + (to < end ? CUT_MARK : '');
}
