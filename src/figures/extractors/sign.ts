// A minus sign before a number: 负5, -5%, 负 3,500,000 (负 may stand apart by a
// space; - may not, as it is also a dash). A sign glued to a word or number
// before it (A-5, 3-5, －－9) is not one.
import { charTable, codeAt } from '../../text/char-table.js';
const SIGNS = new Set(['负', '負', '-', '−', '－']);
const WORD_SIGNS = new Set(['负', '負']);
// (正负5 is ±5, not -5)
const GLUED = /[0-9A-Za-z０-９\-−－负負正]/;
// (tested by code: this runs for every number some extractor looks at, and most have no sign)
const SIGN_T = charTable(SIGNS);
const WORD_SIGN_T = charTable(WORD_SIGNS);
const C_SPACE = 0x20;
const C_IDEO_SPACE = 0x3000;
const C_DE = 0x7684; // 的

/** where the sign before text[start] begins, or -1 */
export function signBefore(text: string, start: number): number {
  let s = start - 1;
  // 负 3,500,000, 负的百分之十五
  const c = codeAt(text, s);
  if ((c === C_SPACE || c === C_IDEO_SPACE || c === C_DE) && WORD_SIGN_T[codeAt(text, s - 1)] === 1) s--;
  if (SIGN_T[codeAt(text, s)] !== 1) return -1;
  return GLUED.test(text[s - 1] ?? '') ? -1 : s;
}
