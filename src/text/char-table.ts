// Character classes as one byte per BMP code unit. The figure extractor tests
// the characters around every number many times; a table lookup by code
// avoids building a one-character string (CJK ones are not cached by V8) and
// hashing it into a Set each time.

/** a table with `bit` set for every one-code-unit string of `chars` (longer strings are ignored) */
export function charTable(chars: Iterable<string>, bit = 1, into: Uint8Array = new Uint8Array(0x10000)): Uint8Array {
  for (const c of chars) if (c.length === 1) into[c.charCodeAt(0)]! |= bit;
  return into;
}

/**
 * text.charCodeAt(i), or 0 when i is outside the text (where charCodeAt gives
 * NaN). For the hot scans: one read past an end makes V8 stop inlining
 * charCodeAt at that site and look the NaN up in a table through its generic,
 * megamorphic path — for every later read there, not only the stray one. No
 * table here holds code 0 (NUL), so 0 tests like NaN did.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

const tables = new WeakMap<ReadonlySet<string>, Uint8Array>();

/** the table of a Set built once and reused (the Sets are module constants) */
export function tableOf(set: ReadonlySet<string>): Uint8Array {
  let t = tables.get(set);
  if (!t) tables.set(set, (t = charTable(set)));
  return t;
}

const HAN = /\p{Script=Han}/u;
/** per BMP code: 0 not looked at yet, 1 Han, 2 not (filled on first use: no start-up cost) */
let han: Uint8Array | null = null;

/** the code unit is a Han character (as /\p{Script=Han}/u says of it alone; a lone surrogate is not) */
export function isHanCode(c: number): boolean {
  if (!(c >= 0 && c < 0x10000)) return false;
  const t = (han ??= new Uint8Array(0x10000));
  let v = t[c]!;
  if (v === 0) v = t[c] = HAN.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** text[i] is a Han character (false past either end) */
export const isHanAt = (text: string, i: number): boolean => isHanCode(text.charCodeAt(i));

/** /\p{Script=Han}/u.test(c) for a one-unit string through the table; longer strings by the regex */
export function isHanChar(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  return c.length === 1 ? isHanCode(c.charCodeAt(0)) : HAN.test(c);
}
