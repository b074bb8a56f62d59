// jieba's IDF table and stop words, plus wenxi's extra stop words. Read lazily,
// once per process, from the files nodejieba ships (its module object is
// required without loading its dictionary).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jiebaModule } from '../segment/engine.js';

const EXTRA_STOP_WORDS = fileURLToPath(new URL('../../dict/stop_words.utf8', import.meta.url));

export interface IdfTable {
  idf: Map<string, number>;
  /** jieba gives words missing from the table the median IDF */
  median: number;
}

let idfTable: IdfTable | null = null;
let stopWords: Set<string> | null = null;

export function getIdf(): IdfTable {
  if (idfTable) return idfTable;
  const idf = new Map<string, number>();
  const values: number[] = [];
  for (const line of readFileSync(jiebaModule().DEFAULT_IDF_DICT, 'utf8').split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) continue;
    const v = Number(line.slice(sp + 1));
    if (!Number.isFinite(v)) continue;
    idf.set(line.slice(0, sp), v);
    values.push(v);
  }
  values.sort((a, b) => a - b);
  idfTable = { idf, median: values.length ? values[values.length >> 1]! : 0 };
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
