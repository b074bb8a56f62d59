// Approximation words around the span: 近/约/超过/逾 before, 以上/左右 after.
// They set approx but stay outside `text` (corpus convention).
import type { Candidate } from '../candidate.js';
import { charTable, isHanAt } from '../../text/char-table.js';

export const APPROX_BEFORE = [
  '将近', '接近', '大约', '约', '近', '超过', '逾', '不到', '不足', '超', '多于', '少于', '大概', '上下', '约合', '高于', '低于', '破',
];
export const APPROX_AFTER = ['及以上', '及以下', '以上', '左右', '以下', '上下', '开外', '有余', '多', '余', '以内', '之多'];

// the last characters of the words before and the first of those after: most figures have none, and are passed at once
const BEFORE_LAST = charTable(APPROX_BEFORE.map((w) => w[w.length - 1]!));
const AFTER_FIRST = charTable(APPROX_AFTER.map((w) => w[0]!));

export function markApprox(text: string, c: Candidate): void {
  let s = c.start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\u3000')) s--;
  if (BEFORE_LAST[text.charCodeAt(s - 1)] === 1 && APPROX_BEFORE.some((w) => text.startsWith(w, s - w.length))) c.approx = true;
  if (AFTER_FIRST[text.charCodeAt(c.end)] !== 1) return;
  for (const w of APPROX_AFTER) {
    if (!text.startsWith(w, c.end)) continue;
    // 300万元余额, 3家多元化: a one-character mark that opens a word is that word's
    if (w.length === 1 && isHanAt(text, c.end + 1) && text[c.end + 1] !== '的') continue;
    c.approx = true;
    break;
  }
}
