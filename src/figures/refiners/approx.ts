// Approximation words around the span: 近/约/超过/逾 before, 以上/左右 after.
// They set approx but stay outside `text` (corpus convention).
import type { Candidate } from '../candidate.js';

export const APPROX_BEFORE = [
  '将近', '接近', '大约', '约', '近', '超过', '逾', '不到', '不足', '超', '多于', '少于', '大概', '上下', '约合', '高于', '低于', '破',
];
export const APPROX_AFTER = ['及以上', '及以下', '以上', '左右', '以下', '上下', '开外', '有余', '多', '余', '以内', '之多'];

const OPENS_WORD = /\p{Script=Han}/u;

export function markApprox(text: string, c: Candidate): void {
  let s = c.start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\u3000')) s--;
  if (APPROX_BEFORE.some((w) => text.startsWith(w, s - w.length))) c.approx = true;
  for (const w of APPROX_AFTER) {
    if (!text.startsWith(w, c.end)) continue;
    // 300万元余额, 3家多元化: a one-character mark that opens a word is that word's
    if (w.length === 1 && OPENS_WORD.test(text[c.end + 1] ?? '') && text[c.end + 1] !== '的') continue;
    c.approx = true;
    break;
  }
}
