// Word lists looked up by one character: the words that start (or end) with
// it, longest first. One Map lookup per position instead of a scan of a list;
// the longest match wins, as in chrono's alternations built longest-first.
// Keyed by UTF-16 code, so a lookup builds no one-character string.
import { codeAt } from '../text/char-table.js';

export type WordIndex = Map<number, string[]>;

export function indexWords(words: Iterable<string>, by: 'first' | 'last' = 'first'): WordIndex {
  const index: WordIndex = new Map();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (!w) continue;
    const k = by === 'first' ? w.charCodeAt(0) : w.charCodeAt(w.length - 1);
    const list = index.get(k);
    if (list) list.push(w);
    else index.set(k, [w]);
  }
  return index;
}

// (read through codeAt: 0 past either end, which keys no word; charCodeAt's NaN
// there made V8 deoptimise and call charCodeAt out of line from then on)

/** the words of the index keyed by text[i] (none past either end) */
export function wordsAt(index: WordIndex, text: string, i: number): string[] | undefined {
  return index.get(codeAt(text, i));
}

/** The longest word of the index written at text[i], or null. */
export function wordAt(index: WordIndex, text: string, i: number): string | null {
  const list = index.get(codeAt(text, i));
  if (list) for (const w of list) if (text.startsWith(w, i)) return w;
  return null;
}

/** The longest word of the index written at text[i] that ends by `end`: wordAt of text.slice(0, end), without the slice. */
export function wordWithin(index: WordIndex, text: string, i: number, end: number): string | null {
  const list = index.get(codeAt(text, i));
  if (list) for (const w of list) if (i + w.length <= end && text.startsWith(w, i)) return w;
  return null;
}

/** The longest word of an index built `by: 'last'` that ends text, or null. */
export function wordEnding(index: WordIndex, text: string): string | null {
  const list = index.get(codeAt(text, text.length - 1));
  if (list) for (const w of list) if (text.endsWith(w)) return w;
  return null;
}
