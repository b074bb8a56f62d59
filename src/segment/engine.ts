// The one segmenter of the process. Loading its dictionary costs seconds and
// over a hundred MB, so nothing is required or loaded until the first call that
// actually segments; commands that never segment never pay for it.
//
// The segmenter is cppjieba, the engine inside nodejieba, built by our addon
// (native/shared_jieba.cc) so that all worker threads of a process share one
// dictionary. Where the addon was not built (or WENXI_SEGMENTER=nodejieba),
// nodejieba's own addon serves, with the same results and a dictionary per thread.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dictCacheDir } from './cache-dir.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readUserDict, toCppJiebaLine, type UserDictEntry } from './userdict.js';

/** What wenxi asks of a segmenter: nodejieba's functions, dictionary loaded. */
export interface Jieba {
  cut(sentence: string, hmm?: boolean): string[];
  cutAll(sentence: string): string[];
  cutForSearch(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
  extract(sentence: string, topN: number): { word: string; weight: number }[];
  /** cut(sentence, hmm) as UTF-16 [start, end] pairs (the shared addon only) */
  cutSpans?(sentence: string, hmm: boolean): Uint32Array;
  /** what extract(word, 1) weighs a one-word text by, or undefined (the shared addon only) */
  idf?(word: string): number | undefined;
  /** the IDF of a word missing from the table (the shared addon only) */
  idfAverage?(): number;
}

/** nodejieba's module: the functions, its load() and the paths of the files it ships. */
export interface JiebaModule extends Jieba {
  load(opts: { userDict?: string }): void;
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
}

/** native/shared_jieba.cc: nodejieba's functions, with a load shared by all threads. */
interface SharedAddon extends Jieba {
  /** 0: reused another thread's engine, 1: read the cache files, 2: built from the text files */
  load(paths: {
    key: string;
    dict: string;
    hmm: string;
    userDict: string;
    idf: string;
    stopWords: string;
    dictCache: string;
    idfKey: string;
    idfCache: string;
  }): 0 | 1 | 2;
}

export type EngineName = 'shared' | 'nodejieba';

/** wenxi's own user dictionary, shipped in dict/ (two levels up from src/segment and dist/segment). */
export const BUILTIN_USER_DICT = fileURLToPath(new URL('../../dict/user.dict.utf8', import.meta.url));

/** Where node-gyp puts the addon, two levels up likewise. */
const ADDON = fileURLToPath(new URL('../../build/Release/shared_jieba.node', import.meta.url));

const require = createRequire(import.meta.url);

/** `WENXI_SEGMENTER=nodejieba` uses nodejieba's own addon even where ours is built (to compare, or to work around it). */
const FORCE_NODEJIEBA = process.env.WENXI_SEGMENTER === 'nodejieba';

let addon: SharedAddon | null | undefined;
function sharedAddon(): SharedAddon | null {
  if (addon === undefined) {
    if (FORCE_NODEJIEBA) return (addon = null);
    try {
      addon = require(ADDON) as SharedAddon;
    } catch {
      addon = null;
    }
  }
  return addon;
}

/** Which engine segments in this process: the shared addon whenever it was built. */
export function engineName(): EngineName {
  return sharedAddon() ? 'shared' : 'nodejieba';
}

let extraDicts: { path: string; entries: UserDictEntry[] }[] = [];
let jieba: Jieba | null = null;
let loadMs: number | null = null;
let builtHere = false;
let loadedFrom: 'cache' | 'text' | 'shared' | null = null;

/** nodejieba's module object without loading any dictionary (its index.js loads lazily). */
export function jiebaModule(): JiebaModule {
  return require('nodejieba') as JiebaModule;
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

/** Whether this thread built the dictionary (false when it reused another thread's). */
export function dictionaryBuiltHere(): boolean {
  return builtHere;
}

/** Where this thread's dictionary came from: the cache file, the text files, or another thread. */
export function dictionarySource(): 'cache' | 'text' | 'shared' | null {
  return loadedFrom;
}

/** Bump when the cache's layout or the build's arithmetic changes. */
const CACHE_FORMAT = 'wenxi-dict-1';

function digest(parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** The built-in and the user's dictionaries merged in the form cppjieba reads; later entries override earlier ones, as with jieba. */
export function mergedUserDict(): string {
  const lines = [readUserDict(BUILTIN_USER_DICT), ...extraDicts.map((d) => d.entries)].flat().map(toCppJiebaLine);
  return lines.join('\n') + '\n';
}

/** The loaded segmenter; loads it on first use. */
export function getJieba(): Jieba {
  if (jieba) return jieba;
  const t0 = performance.now();
  const mod = jiebaModule();
  const content = mergedUserDict();
  const shared = sharedAddon();
  const dir = mkdtempSync(join(tmpdir(), 'wenxi-dict-'));
  const file = join(dir, 'user.dict.utf8');
  try {
    writeFileSync(file, content);
    if (shared) {
      const paths = [mod.DEFAULT_DICT, mod.DEFAULT_HMM_DICT, mod.DEFAULT_IDF_DICT, mod.DEFAULT_STOP_WORD_DICT] as const;
      // cppjieba aborts the whole process on a file it cannot open.
      for (const p of paths) if (!existsSync(p)) throw new Error(`segmenter dictionary missing: ${p} (reinstall nodejieba)`);
      // A checksum of the dictionaries' contents names the engine and its
      // cache files: a thread asking for the same gets the instance another
      // built, and a changed dictionary file never meets a stale cache.
      const key = digest([CACHE_FORMAT, readFileSync(paths[0]), content]);
      const idfKey = digest([CACHE_FORMAT, readFileSync(paths[2]), readFileSync(paths[3])]);
      const cache = dictCacheDir();
      const how = shared.load({
        key,
        dict: paths[0],
        hmm: paths[1],
        userDict: file,
        idf: paths[2],
        stopWords: paths[3],
        dictCache: cache ? join(cache, `dict-${key.slice(0, 32)}.bin`) : '',
        idfKey,
        idfCache: cache ? join(cache, `idf-${idfKey.slice(0, 32)}.bin`) : '',
      });
      builtHere = how !== 0;
      loadedFrom = how === 0 ? 'shared' : how === 1 ? 'cache' : 'text';
    } else {
      mod.load({ userDict: file });
      builtHere = true;
      loadedFrom = 'text';
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  jieba = shared ?? mod;
  loadMs = performance.now() - t0;
  return jieba;
}
