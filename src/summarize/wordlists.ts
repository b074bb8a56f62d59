// jieba's IDF table and stop words, plus wenxi's extra stop words. Read lazily,
// once per process, from the files nodejieba ships (its module object is
// required without loading its dictionary).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getJieba, jiebaModule } from '../segment/engine.js';

const EXTRA_STOP_WORDS = fileURLToPath(new URL('../../dict/stop_words.utf8', import.meta.url));

export interface IdfTable {
  idf: { get(word: string): number | undefined };
  /** the IDF of a word missing from the table (cppjieba: the table's average) */
  median: number;
}

let idfTable: IdfTable | null = null;
let stopWords: Set<string> | null = null;

/** No word of jieba's IDF table is made of these letters; it gets the default IDF. */
const UNKNOWN_PROBE = 'qqzxqq';

/**
 * jieba's IDF, read from the table the loaded segmenter already holds in C++:
 * cppjieba's extractor weighs a one-word text by exactly that word's IDF. A
 * copy of the 260,000-entry table in JavaScript would cost every process and
 * worker about 100 MB; asking per distinct word costs microseconds.
 */
export function getIdf(): IdfTable {
  if (idfTable) return idfTable;
  const jieba = getJieba();
  // The shared addon answers from its flat IDF table without building
  // cppjieba's keyword extractor (a 260,000-entry hash map); nodejieba's own
  // addon through extract().
  const fast = jieba.idf?.bind(jieba);
  const probe = (w: string) => {
    if (!fast) return jieba.extract(w, 1);
    const v = fast(w);
    return v === undefined ? [] : [{ word: w, weight: v }];
  };
  const median = jieba.idfAverage ? jieba.idfAverage() : (probe(UNKNOWN_PROBE)[0]?.weight ?? 0);
  const cache = new Map<string, number | undefined>();
  const get = (word: string) => {
    if (cache.has(word)) return cache.get(word);
    const r = probe(word);
    // A word the extractor splits, or treats as a stop word, is not in the table.
    const v = r.length === 1 && r[0]!.word === word ? r[0]!.weight : undefined;
    if (cache.size > 200_000) cache.clear();
    cache.set(word, v);
    return v;
  };
  idfTable = { idf: { get }, median };
  return idfTable;
}

function readList(path: string, into: Set<string>): void {
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const w = raw.trim();
    if (w && !w.startsWith('#')) into.add(w.toLowerCase());
  }
}

export function getStopWords(): Set<string> {
  if (stopWords) return stopWords;
  const set = new Set<string>();
  readList(jiebaModule().DEFAULT_STOP_WORD_DICT, set);
  readList(EXTRA_STOP_WORDS, set);
  stopWords = set;
  return set;
}
