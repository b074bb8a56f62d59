// Does decoded text look like Chinese? A wrong legacy decoding (Big5 read as
// GB18030, GBK read as Big5) still gives characters, but rare ones, kana, box
// drawing, private-use and replacement characters; real text is nearly all
// everyday hanzi, ASCII and punctuation.
import { lazy } from '../util/lazy.js';
import { COMMON_HANZI_RANGES } from './charset-data.js';

const iconvLite = lazy<typeof import('iconv-lite')>('iconv-lite');

let common: Set<number> | null = null;
function commonHanzi(): Set<number> {
  if (common) return common;
  common = new Set();
  for (const r of COMMON_HANZI_RANGES) {
    const bytes: number[] = [];
    for (let lead = r.lead[0]; lead <= r.lead[1]; lead++)
      for (const [lo, hi] of r.trail) for (let t = lo; t <= hi; t++) bytes.push(lead, t);
    for (const ch of iconvLite().decode(Buffer.from(bytes), r.encoding)) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x3400 && cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) common.add(cp);
    }
  }
  return common;
}

const isIdeograph = (cp: number) => (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000;
const isSuspect = (cp: number) =>
  cp === 0xfffd ||
  (cp >= 0xe000 && cp <= 0xf8ff) || // private use
  (cp >= 0x3040 && cp <= 0x30ff) || // kana
  (cp >= 0x2500 && cp <= 0x257f) || // box drawing
  (cp >= 0x0370 && cp <= 0x04ff) || // Greek, Cyrillic: rows of GBK that garbage lands in
  (cp >= 0x80 && cp < 0xa0);

/**
 * Share (0–1) of the text's telling characters that are everyday: common
 * hanzi count for, rare hanzi and suspect symbols against; ASCII and
 * punctuation do not count. Text without any telling character scores 1.
 */
export function plausibility(text: string, sample = 20000): number {
  const set = commonHanzi();
  let good = 0;
  let bad = 0;
  let seen = 0;
  for (const ch of text) {
    if (++seen > sample) break;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    if (isIdeograph(cp)) {
      if (set.has(cp)) good++;
      else bad++;
    } else if (isSuspect(cp)) bad++;
  }
  return good + bad === 0 ? 1 : good / (good + bad);
}

/** Below this, a decoding is not believed: real articles score above 0.97. */
export const PLAUSIBLE = 0.9;
