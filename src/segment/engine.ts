// The one nodejieba instance of the process. Loading its dictionary costs
// seconds and hundreds of MB, so nothing is required or loaded until the first
// call that actually segments; commands that never segment never pay for it.

import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readUserDict, toCppJiebaLine, type UserDictEntry } from './userdict.js';

export interface Jieba {
  cut(sentence: string, hmm?: boolean): string[];
  cutAll(sentence: string): string[];
  cutForSearch(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
  extract(sentence: string, topN: number): { word: string; weight: number }[];
  load(opts: { userDict?: string }): void;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
}

/** wenxi's own user dictionary, shipped in dict/ (two levels up from src/segment and dist/segment). */
export const BUILTIN_USER_DICT = fileURLToPath(new URL('../../dict/user.dict.utf8', import.meta.url));

const require = createRequire(import.meta.url);

let extraDicts: { path: string; entries: UserDictEntry[] }[] = [];
let jieba: Jieba | null = null;
let loadMs: number | null = null;

/** nodejieba's module object without loading any dictionary (its index.js loads lazily). */
export function jiebaModule(): Jieba {
  return require('nodejieba') as Jieba;
}

export function setUserDicts(paths: string[]): void {
  const parsed = paths.map((path) => ({ path, entries: readUserDict(path) }));
  if (jieba) {
    const same = parsed.length === extraDicts.length && parsed.every((d, i) => d.path === extraDicts[i]!.path);
    if (!same) throw new Error('configureSegmenter() must be called before the first segment()');
    return;
  }
  extraDicts = parsed;
}

export function isLoaded(): boolean {
  return jieba !== null;
}

export function loadTime(): number | null {
  return loadMs;
}

/** The loaded segmenter; loads it on first use. */
export function getJieba(): Jieba {
  if (jieba) return jieba;
  const t0 = performance.now();
  const mod = jiebaModule();
  // Merge the built-in and the user's dictionaries into one file in the form
  // cppjieba reads; later entries override earlier ones, as with jieba.
  const lines = [readUserDict(BUILTIN_USER_DICT), ...extraDicts.map((d) => d.entries)]
    .flat()
    .map(toCppJiebaLine);
  const dir = mkdtempSync(join(tmpdir(), 'wenxi-dict-'));
  const file = join(dir, 'user.dict.utf8');
  try {
    writeFileSync(file, lines.join('\n') + '\n');
    mod.load({ userDict: file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  jieba = mod;
  loadMs = performance.now() - t0;
  return mod;
}
