// OpenCC's Traditional → Simplified tables, loaded on first use only: a
// Simplified input never pays for them. These are the character-and-word
// tables of the tw/hk/t → cn paths (regional variants → OpenCC Traditional →
// Simplified), whose keys and values have equal length; the twp/hkp phrase
// tables (計程車 → 出租车) do not, and would move every offset after them.
import { createRequire } from 'node:module';

interface Trie {
  loadDict(d: string): void;
  matchPrefix(text: string, offset: number): { end: number; value: string } | null;
}
interface OpenCCModule {
  Trie: new () => Trie;
  Locale: { from: Record<string, string[][]>; to: Record<string, string[][]> };
}

/** Regional variants of Hong Kong and Taiwan to OpenCC's Traditional, then to Simplified. */
const STAGES: readonly { side: 'from' | 'to'; names: readonly string[] }[] = [
  { side: 'from', names: ['hk', 'tw'] },
  { side: 'to', names: ['cn'] },
];

let tries: Trie[] | null = null;

/** true once a Traditional text has made the tables load (tests check Simplified ones never do) */
export function isOpenCCLoaded(): boolean {
  return tries !== null;
}

function load(): Trie[] {
  if (tries) return tries;
  // The UMD build loads synchronously (the pipeline's stages are synchronous)
  // and holds only the t → cn tables: a few ms to load, some 50 ms to build.
  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js/t2cn') as OpenCCModule;
  tries = STAGES.map(({ side, names }) => {
    const t = new OpenCC.Trie();
    for (const name of names)
      // OpenCC's own loader reads a group's dictionaries last to first, so the
      // first (the phrases) wins over the single characters
      for (const group of OpenCC.Locale[side][name]!) for (const d of [...group].reverse()) t.loadDict(d);
    return t;
  });
  return tries;
}

/** true when the two strings have the same code points count and each the same UTF-16 width */
function sameShape(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i) >= 0xd800 && a.charCodeAt(i) <= 0xdbff;
    const y = b.charCodeAt(i) >= 0xd800 && b.charCodeAt(i) <= 0xdbff;
    if (x !== y) return false;
  }
  return true;
}

function convertStage(t: Trie, s: string): string {
  let out = '';
  let plain = 0; // start of the run copied unchanged
  for (let i = 0; i < s.length; ) {
    const m = t.matchPrefix(s, i);
    if (!m) {
      i += s.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    out += s.slice(plain, i);
    const key = s.slice(i, m.end);
    if (sameShape(key, m.value)) out += m.value;
    else {
      // an entry that would change the length: convert its characters one by
      // one, keeping any whose own mapping would change the length too
      for (const c of key) {
        const one = t.matchPrefix(c, 0);
        out += one && one.end === c.length && sameShape(c, one.value) ? one.value : c;
      }
    }
    i = plain = m.end;
  }
  return plain === 0 ? s : out + s.slice(plain);
}

/**
 * The Simplified form of a Traditional text, code point for code point: the
 * result has the same length in code points and in UTF-16 units, so every
 * offset into it is an offset into the original.
 */
export function toSimplifiedAligned(text: string): string {
  let s = text;
  for (const t of load()) s = convertStage(t, s);
  return s;
}
