// Writing numbers back for people: 8600000 → 860万 (the human table), and
// 123 → 一百二十三 (used to check the reader against its inverse).
import { type Decimal, normalize, shift, toString } from './decimal.js';

function decimalOf(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  // toString of a double is the shortest string that reads back to it
  let s = String(n);
  if (/e/i.test(s)) {
    const [mant, exp] = s.split(/e/i) as [string, string];
    const d = decimalOfPlain(mant);
    return d ? shift(d, Number(exp)) : null;
  }
  return decimalOfPlain(s);
}

function decimalOfPlain(s: string): Decimal | null {
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  const dot = s.indexOf('.');
  const digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  if (!/^[0-9]+$/.test(digits)) return null;
  const n = BigInt(digits);
  return normalize({ n: neg ? -n : n, scale: dot < 0 ? 0 : s.length - dot - 1 });
}

/** 8600000 → 860万, 120000000 → 1.2亿, 3e12 → 3万亿, 1352 → 1352 (exact, no rounding) */
export function formatChineseNumber(n: number): string {
  const d = decimalOf(n);
  if (!d) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${toString(shift(d, -12))}万亿`;
  if (abs >= 1e8) return `${toString(shift(d, -8))}亿`;
  if (abs >= 1e4) return `${toString(shift(d, -4))}万`;
  return toString(d);
}

const DIGIT_CHARS = '零一二三四五六七八九';
const SMALL = ['', '十', '百', '千'];

function section(n: number): string {
  // n in 0..9999, written with 零 for inner gaps
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGIT_CHARS[d]! + SMALL[p]!;
  }
  return out;
}

function below1e8(n: number): string {
  if (n < 10000) return section(n);
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  return `${section(high)}万${low ? (low < 1000 ? '零' : '') + section(low) : ''}`;
}

/** a non-negative safe integer in Chinese numerals: 123 → 一百二十三, 1000100000000 → 一万零一亿 */
export function formatChineseNumerals(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative safe integer: ${n}`);
  if (n === 0) return '零';
  let out: string;
  if (n >= 1e8) {
    const high = Math.floor(n / 1e8);
    const low = n % 1e8;
    out = `${below1e8(high)}亿${low ? (low < 1e7 ? '零' : '') + below1e8(low) : ''}`;
  } else out = below1e8(n);
  // 一十二 is written 十二 at the start
  if (out.startsWith('一十')) out = out.slice(1);
  return out;
}
