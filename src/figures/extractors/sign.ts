// A minus sign before a number: 负5, -5%, 负 3,500,000 (负 may stand apart by a
// space; - may not, as it is also a dash). A sign glued to a word or number
// before it (A-5, 3-5, －－9) is not one.
const SIGNS = new Set(['负', '負', '-', '−', '－']);
const WORD_SIGNS = new Set(['负', '負']);
// (正负5 is ±5, not -5)
const GLUED = /[0-9A-Za-z０-９\-−－负負正]/;

/** where the sign before text[start] begins, or -1 */
export function signBefore(text: string, start: number): number {
  let s = start - 1;
  // 负 3,500,000, 负的百分之十五
  if ((text[s] === ' ' || text[s] === '\u3000' || text[s] === '的') && WORD_SIGNS.has(text[s - 1] ?? '')) s--;
  if (!SIGNS.has(text[s] ?? '')) return -1;
  return GLUED.test(text[s - 1] ?? '') ? -1 : s;
}
