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
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  load(key: string, dict: string, hmm: string, userDict: string, idf: string, stopWords: string): boolean;
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
      // The key names the dictionaries, not the temporary file: a thread
      // asking for the same ones gets the instance another thread built.
      const paths = [mod.DEFAULT_DICT, mod.DEFAULT_HMM_DICT, mod.DEFAULT_IDF_DICT, mod.DEFAULT_STOP_WORD_DICT] as const;
      // cppjieba aborts the whole process on a file it cannot open.
      for (const p of paths) if (!existsSync(p)) throw new Error(`segmenter dictionary missing: ${p} (reinstall nodejieba)`);
      const key = createHash('sha256').update(paths.join('\n')).update('\n').update(content).digest('hex');
      builtHere = shared.load(key, paths[0], paths[1], file, paths[2], paths[3]);
    } else {
      mod.load({ userDict: file });
      builtHere = true;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  jieba = shared ?? mod;
  loadMs = performance.now() - t0;
  return jieba;
}
