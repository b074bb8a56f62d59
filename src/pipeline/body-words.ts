// The body's content words as the analysis keeps them: per sentence, the ids
// of its distinct content words and how often each occurs, in flat typed
// arrays. A Token object costs ~130 bytes and a 50 MB article has millions;
// ranking needs only which words a sentence shares with others and how often
// a span uses each word, so nothing else is kept past segmentation.

import type { Article } from '../types.js';
import { forEachSpan, forEachWord, wordTag } from '../segment/index.js';
import { CANDIDATE_MIN_UNITS, isCandidateWord } from '../summarize/candidates.js';
import { getStopWords } from '../summarize/wordlists.js';

/** cppjieba's tag for words outside its dictionary */
const UNKNOWN_TAG = 'x';

export interface BodyWords {
  /** content words by id (the process' lexicon: more than this article's) */
  words: readonly string[];
  /** 1 where the word's tag is the unknown-word tag (an HMM-made word) */
  unknown: readonly number[];
  /** the words' IDF, filled in as asked for (body-terms.ts); NaN before */
  idf: number[];
  /**
   * Sentence k's distinct content words are bag[from[k]] … bag[from[k + 1] - 1],
   * in order of first occurrence, and count[] says how often each occurs.
   * Text order within and across sentences, so a bag position orders first
   * occurrences as their text offsets do.
   */
  bag: Int32Array;
  count: Int32Array;
  from: Int32Array;
  /** the headline's content words (ids, every occurrence, in order) */
  title: number[];
}

/** A growable Int32Array. */
class Ints {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Every word seen so far, with what the analysis needs to know of it, for
 * the whole process: deciding whether a word is a content word (its tag, the
 * stop list, a few regexes) costs more than the word's segmentation, and the
 * same few thousand words recur in every article. Ids only grow; a table
 * grown past LEXICON_MAX is replaced (before an article, never during one).
 */
interface Lexicon {
  /**
   * every word seen, content word or not, found by a hash of its UTF-16
   * units (open addressing: entry + 1, 0 for empty), so a word seen before
   * is looked up in the line it was cut from, without a string made for it
   */
  table: Int32Array;
  entries: string[];
  /** per entry: the word's id, or -1 for a word that is no content word */
  entryId: number[];
  words: string[];
  unknown: number[];
  /** per id: the word's IDF once asked for (NaN before) */
  idf: number[];
  /** per id: the serial of the sentence the word was last seen in, and its place in that sentence's bag */
  seenIn: Int32Array;
  slot: Int32Array;
  /** sentences numbered across articles, so seenIn needs no reset */
  serial: number;
}

const LEXICON_MAX = 500_000;
let lexicon: Lexicon | null = null;

function currentLexicon(): Lexicon {
  if (!lexicon || lexicon.entries.length > LEXICON_MAX || lexicon.serial > 2 ** 30)
    lexicon = {
      table: new Int32Array(1 << 14),
      entries: [],
      entryId: [],
      words: [],
      unknown: [],
      idf: [],
      seenIn: new Int32Array(1024),
      slot: new Int32Array(1024),
      serial: 0,
    };
  return lexicon;
}

/** a seed per process, so no text can be written to make the table's words collide (as Map's hash is seeded) */
const SEED = (Math.random() * 0x100000000) | 0;

function hashUnits(src: string, a: number, b: number): number {
  let h = SEED ^ 0x811c9dc5; // FNV-1a over UTF-16 units
  for (let i = a; i < b; i++) h = Math.imul(h ^ src.charCodeAt(i), 0x01000193);
  return h;
}

/** The id of the word src.slice(a, b); -1 when it is no content word. */
function idOf(lex: Lexicon, src: string, a: number, b: number, stop: Set<string>): number {
  const mask = lex.table.length - 1;
  let p = hashUnits(src, a, b) & mask;
  for (let e = lex.table[p]!; e !== 0; e = lex.table[p]!) {
    const w = lex.entries[e - 1]!;
    if (w.length === b - a && sameUnits(w, src, a)) return lex.entryId[e - 1]!;
    p = (p + 1) & mask;
  }
  const w = a === 0 && b === src.length ? src : src.slice(a, b);
  const tag = wordTag(w);
  const id = isCandidateWord(w, tag, stop) ? lex.words.length : -1;
  if (id >= 0) {
    lex.words.push(w);
    lex.unknown.push(tag === UNKNOWN_TAG ? 1 : 0);
    lex.idf.push(NaN);
    if (id >= lex.seenIn.length) {
      lex.seenIn = grown(lex.seenIn, lex.seenIn.length * 2);
      lex.slot = grown(lex.slot, lex.slot.length * 2);
    }
  }
  lex.entries.push(w);
  lex.entryId.push(id);
  lex.table[p] = lex.entries.length;
  if (lex.entries.length * 2 > lex.table.length) rehash(lex);
  return id;
}

function sameUnits(w: string, src: string, a: number): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== src.charCodeAt(a + i)) return false;
  return true;
}

function grown(x: Int32Array, size: number): Int32Array {
  const y = new Int32Array(size);
  y.set(x);
  return y;
}

/** Twice the table, every entry placed again: at most half full. */
function rehash(lex: Lexicon): void {
  const table = new Int32Array(lex.table.length * 2);
  const mask = table.length - 1;
  lex.entries.forEach((w, k) => {
    let p = hashUnits(w, 0, w.length) & mask;
    while (table[p] !== 0) p = (p + 1) & mask;
    table[p] = k + 1;
  });
  lex.table = table;
}

/**
 * Segment the body paragraph by paragraph (one native call per line is much
 * cheaper than one per sentence) and keep each sentence's content words.
 */
export function bodyWords(article: Article): BodyWords {
  const stop = getStopWords();
  const lex = currentLexicon();

  const sentences = article.sentences;
  const n = sentences.length;
  const from = new Int32Array(n + 1);
  const bag = new Ints();
  const count = new Ints();
  let open = -1; // the sentence being filled
  let serial = 0;
  const enter = (k: number) => {
    for (let j = open + 1; j <= k; j++) from[j] = bag.length;
    open = k;
    serial = ++lex.serial;
  };

  let k = 0;
  for (const p of article.paragraphs) {
    while (k < n && sentences[k]!.end <= p.start) k++;
    if (k >= n || sentences[k]!.start >= p.end) continue;
    forEachSpan(p.text, { minLength: CANDIDATE_MIN_UNITS }, (src, a, b, s) => {
      const start = s + p.start;
      while (k < n && sentences[k]!.end <= start) k++;
      const sen = sentences[k];
      if (!sen || start < sen.start || start >= p.end) return; // between sentences (blank) or past the body
      const id = idOf(lex, src, a, b, stop);
      if (id < 0) return;
      if (k !== open) enter(k);
      if (lex.seenIn[id] === serial) {
        count.data[lex.slot[id]!]!++;
        return;
      }
      lex.seenIn[id] = serial;
      lex.slot[id] = bag.length;
      bag.push(id);
      count.push(1);
    });
  }
  enter(n);

  const titleIds: number[] = [];
  const t = article.meta.title;
  if (t)
    forEachWord(t, {}, (w) => {
      const id = idOf(lex, w, 0, w.length, stop);
      if (id >= 0) titleIds.push(id);
    });
  return { words: lex.words, unknown: lex.unknown, idf: lex.idf, bag: bag.done(), count: count.done(), from, title: titleIds };
}

const EMPTY = new Int32Array(0);

/** Sentence k's distinct content words (a view, no copy). */
export function sentenceBag(b: BodyWords, k: number): Int32Array {
  const a = b.from[k]!;
  const z = b.from[k + 1]!;
  return a === z ? EMPTY : b.bag.subarray(a, z);
}
