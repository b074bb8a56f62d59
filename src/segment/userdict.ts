// jieba's user dictionary format, checked in JS before nodejieba sees it:
// cppjieba neither reports bad lines nor reads jieba's `word freq` form (a
// two-field line is taken as `word tag` there), so every entry is validated
// here and rewritten into the unambiguous form cppjieba reads.

import { readFileSync } from 'node:fs';
import { UserDictError } from './errors.js';

export interface UserDictEntry {
  word: string;
  /** absent: let the segmenter pick a weight, as jieba does */
  freq: number | null;
  tag: string | null;
}

const FIELD_SEP = /[ \t]+/;
const FREQ = /^[0-9]+$/;
const TAG = /^[A-Za-z][A-Za-z0-9_]*$/;
const MAX_FIELDS = 3;

/** Parse one line; returns null for a blank line, a reason string when malformed. */
function parseLine(raw: string): UserDictEntry | string | null {
  const line = raw.trim();
  if (line === '') return null;
  const fields = line.split(FIELD_SEP);
  if (fields.length > MAX_FIELDS) return `expected "word [freq] [tag]", found ${fields.length} fields`;
  const [word, second, third] = fields as [string, string | undefined, string | undefined];
  let freq: number | null = null;
  let tag: string | null = null;
  if (third !== undefined) {
    if (!FREQ.test(second!)) return `frequency must be a positive integer, found "${second}"`;
    freq = Number(second);
    if (!TAG.test(third)) return `part-of-speech tag must be letters, found "${third}"`;
    tag = third;
  } else if (second !== undefined) {
    if (FREQ.test(second)) freq = Number(second);
    else if (TAG.test(second)) tag = second;
    else return `second field must be a frequency or a tag, found "${second}"`;
  }
  if (freq !== null && (freq <= 0 || !Number.isSafeInteger(freq))) {
    return `frequency must be a positive integer, found "${second}"`;
  }
  return { word, freq, tag };
}

/** Parse dictionary text; `path` only labels errors. */
export function parseUserDict(text: string, path: string): UserDictEntry[] {
  const out: UserDictEntry[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const r = parseLine(lines[i]!);
    if (r === null) continue;
    if (typeof r === 'string') throw new UserDictError(path, i + 1, r);
    out.push(r);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read and validate a user dictionary file (UTF-8, jieba format). */
export function readUserDict(path: string): UserDictEntry[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserDictError(path, null, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UserDictError(path, null, 'not valid UTF-8 (user dictionaries must be UTF-8)');
  }
  return parseUserDict(text, path);
}

/** One line in the form cppjieba reads: `word`, `word tag` or `word freq tag`. */
export function toCppJiebaLine(e: UserDictEntry): string {
  if (e.freq !== null) return `${e.word} ${e.freq} ${e.tag ?? 'x'}`;
  return e.tag !== null ? `${e.word} ${e.tag}` : e.word;
}
