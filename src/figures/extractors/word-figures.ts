// Figures written without a numeral: 打对折 (half the price, 50 %). They have
// no number token, so they are found by their words in the part of the text
// being read, and given a token of their own for the refiners.
import { candidate, type Candidate } from '../candidate.js';
import { WORD_FIGURES } from '../data/word-figures.js';
import type { NumberToken } from '../scan.js';

export function wordFigures(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  // (within the part only: an indexOf on the whole text would read to its end for every part)
  const part = text.slice(from, to);
  for (const w of WORD_FIGURES) {
    for (let p = part.indexOf(w.words); p >= 0; p = part.indexOf(w.words, p + w.words.length)) {
      const k = from + p;
      if (w.before && !text.startsWith(w.before, k - w.before.length)) continue;
      const end = k + w.words.length;
      const token: NumberToken = {
        start: k, end, raw: w.words, read: { value: { n: BigInt(w.value), scale: 0 }, approx: false }, multiplierExp: 0, arabic: false, chinese: true, unit: null,
      };
      out.push(candidate(k, end, token, -1, w.value, w.unit, 'measure', w.category, false, end, 'word figure', undefined, w.discount ? true : undefined));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
