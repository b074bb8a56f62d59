// Character classes as one byte per BMP code unit. The figure extractor tests
// the characters around every number many times; a table lookup by code
// avoids building a one-character string (CJK ones are not cached by V8) and
// hashing it into a Set each time.

/** a table with `bit` set for every one-code-unit string of `chars` (longer strings are ignored) */
export function charTable(chars: Iterable<string>, bit = 1, into: Uint8Array = new Uint8Array(0x10000)): Uint8Array {
  for (const c of chars) if (c.length === 1) into[c.charCodeAt(0)]! |= bit;
  return into;
}

const tables = new WeakMap<ReadonlySet<string>, Uint8Array>();

/** the table of a Set built once and reused (the Sets are module constants) */
export function tableOf(set: ReadonlySet<string>): Uint8Array {
  let t = tables.get(set);
  if (!t) tables.set(set, (t = charTable(set)));
  return t;
}
