// JSON text in pieces, byte for byte what JSON.stringify(value, null, indent)
// gives, so that a 50 MB article's result (a 100 MB string, and its UTF-8
// copy when written) never exists whole: big arrays and objects are opened
// here and their members stringified one at a time.

/** Members of an array or object beyond this many are streamed, fewer are stringified whole. */
const STREAM_ABOVE = 64;

function plain(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(v);
  return Array.isArray(v) || proto === Object.prototype || proto === null;
}

/** Whether a plain value, or one nested in it, has more members than STREAM_ABOVE. */
function big(v: object): boolean {
  const members: unknown[] = Array.isArray(v) ? v : Object.values(v);
  return members.length > STREAM_ABOVE || members.some((x) => plain(x) && big(x));
}

/**
 * One value's text in pieces, at nesting `depth`. A piece stringified whole
 * is re-indented by replacing its line breaks: JSON strings escape theirs, so
 * every raw line break in JSON text is layout.
 */
export function* jsonPieces(value: unknown, indent: '' | '  ' = '', depth = 0): Generator<string> {
  if (!plain(value) || !big(value)) {
    const s: string | undefined = JSON.stringify(value, null, indent);
    if (s !== undefined) yield indent && depth ? s.replaceAll('\n', '\n' + indent.repeat(depth)) : s;
    return;
  }
  const nl = indent ? '\n' : '';
  const inner = nl + indent.repeat(depth + 1);
  const close = nl + indent.repeat(depth);
  const sep = indent ? ': ' : ':';
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    for (let i = 0; i < value.length; i++) {
      yield (i ? ',' : '[') + inner;
      // as JSON.stringify: what it cannot write stands as null in an array
      const v = value[i];
      yield* v === undefined || typeof v === 'function' || typeof v === 'symbol' ? ['null'] : jsonPieces(v, indent, depth + 1);
    }
    return yield close + ']';
  }
  let n = 0;
  for (const [k, v] of Object.entries(value)) {
    // and is left out of an object
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield (n++ ? ',' : '{') + inner + JSON.stringify(k) + sep;
    yield* jsonPieces(v, indent, depth + 1);
  }
  yield n ? close + '}' : '{}';
}
