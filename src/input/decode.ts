// Turning bytes into text the way analysts' files really come: UTF-8 with or
// without BOM, UTF-16 with BOM or without (from the byte pattern of CJK
// text), a charset the file declares (HTML meta, XML declaration), and
// GB18030/GBK or Big5, whichever reads as plausible Chinese.
import { lazy } from '../util/lazy.js';
import { DECLARED_ALIASES, ENCODING_LABEL, LEGACY_CANDIDATES } from './charset-data.js';
import { plausibility, PLAUSIBLE } from './plausible.js';

const iconvLite = lazy<typeof import('iconv-lite')>('iconv-lite');

export interface Decoded {
  text: string;
  encoding: string;
  /** the decoding is doubtful: said on stderr, the input is still processed */
  warning?: string;
}

export class DecodeError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Canonical name for an encoding the user asked for, or null if iconv-lite does not know it. */
export function checkEncodingName(name: string): string | null {
  const n = name.trim().toLowerCase();
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  return iconvLite().encodingExists(n) ? n : null;
}

const label = (enc: string) => ENCODING_LABEL[enc] ?? enc;

export function decode(buf: Buffer, forced?: string): Decoded {
  if (forced) return decodeForced(buf, forced);
  const bom = decodeBom(buf);
  if (bom) return bom;
  const bomless16 = sniffUtf16(buf);
  if (bomless16) return checked({ text: iconvLite().decode(buf, bomless16), encoding: bomless16 });
  if (buf.includes(0)) throw new DecodeError('binary file (contains NUL bytes)');
  const declared = declaredCharset(buf);
  if (declared && declared !== 'utf-8') {
    const text = iconvLite().decode(buf, declared);
    // A page saved by a browser is often UTF-8 whatever its meta says: believe
    // the declaration only when it reads as Chinese.
    if (!text.includes('\uFFFD') && plausibility(text) >= PLAUSIBLE) return checked({ text, encoding: label(declared) });
  }
  try {
    return checked({ text: utf8.decode(buf), encoding: 'utf-8' });
  } catch (e) {
    if (e instanceof DecodeError) throw e;
  }
  return decodeLegacy(buf);
}

/**
 * Not UTF-8: GB18030 (a superset of GBK and GB2312) and Big5 decode nearly
 * any byte string, so the choice is the decoding that reads as Chinese.
 */
function decodeLegacy(buf: Buffer): Decoded {
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const enc of LEGACY_CANDIDATES) {
    const text = iconvLite().decode(buf, enc);
    const replacements = countReplacements(text);
    if (replacements > 0 && replacements * 1000 > text.length) continue;
    const score = plausibility(text) - replacements / Math.max(1, text.length);
    if (!best || score > best.score) best = { text, encoding: enc, score };
    if (score >= PLAUSIBLE && enc === 'gb18030') break;
  }
  if (!best) throw new DecodeError('cannot decode: neither UTF-8, GB18030 nor Big5 (binary file?)');
  const d: Decoded = { text: best.text, encoding: label(best.encoding) };
  if (best.score < PLAUSIBLE)
    d.warning = `decoded as ${d.encoding}, but the text does not look like Chinese (rare or garbled characters); if it is wrong, try --encoding with the file's encoding (utf-8, gb18030, big5, utf-16le, …)`;
  return checked(d);
}

function decodeForced(buf: Buffer, forced: string): Decoded {
  const enc = checkEncodingName(forced);
  if (!enc) throw new DecodeError(`unknown encoding "${forced}"`);
  let text = iconvLite().decode(buf, enc, { stripBOM: true });
  if (text.includes('\uFFFD') && !hasReplacementBytes(buf)) {
    const other = decodeQuietly(buf);
    throw new DecodeError(`not valid ${enc}: some bytes do not decode${other && other !== enc ? ` (it reads as ${other} without --encoding)` : ''}`);
  }
  text = text.replace(/^\uFEFF/, '');
  checkText(text);
  const d: Decoded = { text, encoding: enc };
  if (plausibility(text) < PLAUSIBLE) {
    const other = decodeQuietly(buf);
    d.warning = `decoded as ${enc} (--encoding), but the text does not look like Chinese${other && other !== enc ? `; it reads as ${other} without --encoding` : ''}`;
  }
  return d;
}

function decodeQuietly(buf: Buffer): string | null {
  try {
    const d = decode(buf);
    return d.warning ? null : d.encoding;
  } catch {
    return null;
  }
}

function decodeBom(buf: Buffer): Decoded | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: strictUtf8(buf.subarray(3)), encoding: 'utf-8-bom' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return checked({ text: iconvLite().decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' });
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return checked({ text: iconvLite().decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' });
  return null;
}

/**
 * The encoding the file names for itself: <meta charset=…>, <meta
 * http-equiv="Content-Type" content="…; charset=…">, or <?xml … encoding=…?>,
 * looked for in the first 4 KB (declarations must come early).
 */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  if (DECLARED_ALIASES[name]) return DECLARED_ALIASES[name]!;
  return iconvLite().encodingExists(name) ? name : null;
}

function strictUtf8(buf: Buffer): string {
  try {
    return checkText(utf8.decode(buf));
  } catch (e) {
    if (e instanceof DecodeError) throw e;
    throw new DecodeError('not valid UTF-8 after a UTF-8 byte order mark');
  }
}

function checked(d: Decoded): Decoded {
  checkText(d.text);
  return d;
}

// Control characters other than tab/newline/form feed in bulk mean a binary file.
function checkText(text: string): string {
  if (text.includes('\u0000')) throw new DecodeError('binary file (contains NUL characters)');
  let controls = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  if (controls > 8 && controls * 100 > n) throw new DecodeError('binary file (control characters)');
  return text;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function hasReplacementBytes(buf: Buffer): boolean {
  return buf.includes(Buffer.from([0xef, 0xbf, 0xbd]));
}

/**
 * UTF-16 without BOM. ASCII in it has a NUL in every other byte; CJK text has
 * none, but every other byte is then the high byte of a hanzi (0x4E–0x9F), of
 * CJK punctuation (0x30) or of a full-width form (0xFF) — a pattern neither
 * UTF-8 nor GBK makes.
 */
export function sniffUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 8192);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  let evenHigh = 0;
  let oddHigh = 0;
  const high = (b: number) => (b >= 0x4e && b <= 0x9f) || b === 0x30 || b === 0xff || b === 0x00 || b === 0x20;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
    if (high(buf[i]!)) evenHigh++;
    if (high(buf[i + 1]!)) oddHigh++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero === 0) return 'utf-16be';
  // Mostly CJK: the high bytes fit on one side, and clearly not on the other.
  if (pairs >= 8) {
    if (oddHigh > pairs * 0.85 && evenHigh < pairs * 0.6) return 'utf-16le';
    if (evenHigh > pairs * 0.85 && oddHigh < pairs * 0.6) return 'utf-16be';
  }
  return null;
}
