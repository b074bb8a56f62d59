// Turning bytes into text the way analysts' files really come: UTF-8 with or
// without BOM, UTF-16 with BOM (or clearly UTF-16 without), GB18030/GBK.
import { lazy } from '../util/lazy.js';

const iconvLite = lazy<typeof import('iconv-lite')>('iconv-lite');

export interface Decoded {
  text: string;
  encoding: string;
}

export class DecodeError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Canonical name for an encoding the user asked for, or null if iconv-lite does not know it. */
export function checkEncodingName(name: string): string | null {
  const n = name.trim().toLowerCase();
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  return iconvLite().encodingExists(n) ? n : null;
}

export function decode(buf: Buffer, forced?: string): Decoded {
  if (forced) {
    const enc = checkEncodingName(forced);
    if (!enc) throw new DecodeError(`unknown encoding "${forced}"`);
    let text = iconvLite().decode(buf, enc, { stripBOM: true });
    if (text.includes('\uFFFD') && !hasReplacementBytes(buf))
      throw new DecodeError(`not valid ${enc}: some bytes do not decode`);
    text = text.replace(/^\uFEFF/, '');
    checkText(text);
    return { text, encoding: enc };
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strictUtf8(buf.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return checked({ text: iconvLite().decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' });
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return checked({ text: iconvLite().decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' });
  }
  const bomless16 = sniffUtf16(buf);
  if (bomless16) return checked({ text: iconvLite().decode(buf, bomless16), encoding: bomless16 });
  if (buf.includes(0)) throw new DecodeError('binary file (contains NUL bytes)');
  try {
    return checked({ text: utf8.decode(buf), encoding: 'utf-8' });
  } catch (e) {
    if (e instanceof DecodeError) throw e;
  }
  // Invalid UTF-8: GB18030 (a superset of GBK and GB2312) is what Chinese files
  // are in then. It decodes nearly any byte string, so demand a clean decode.
  const gb = iconvLite().decode(buf, 'gb18030');
  if (gb.includes('\uFFFD')) throw new DecodeError('cannot decode: neither UTF-8 nor GB18030 (binary file?)');
  return checked({ text: gb, encoding: 'gb18030' });
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

function hasReplacementBytes(buf: Buffer): boolean {
  return buf.includes(Buffer.from([0xef, 0xbf, 0xbd]));
}

// UTF-16 without BOM: text in the BMP has a NUL in every other byte for ASCII,
// and for CJK the high bytes fall in 0x4E–0x9F. Require a strong signal.
function sniffUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero === 0) return 'utf-16be';
  return null;
}
