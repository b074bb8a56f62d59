// Reading one whole string as a number: Arabic (1,352 / 3.5 / full-width),
// Chinese (一亿二千万, 两千五, 三点五), financial and traditional forms,
// multipliers on either kind (3.5万), signs, fractions (三分之一), 半, and the
// approximate forms (130余, 十几, 数十, 上千). Never throws; null when the
// string is not a number.
import {
  BIG_UNITS,
  DIGITS,
  FRACTION_MARK,
  INNER_APPROX,
  LEADING_APPROX,
  MINUS_SIGNS,
  PLUS_SIGNS,
  POINTS,
  SMALL_UNITS,
  TENS,
} from '../data/numerals.js';
import { type Decimal, ONE, ZERO, add, int, isZero, mul, neg, parseDigits, shift, toNumber } from './decimal.js';

export interface ReadResult {
  /** numerator, exact */
  value: Decimal;
  /** set for fractions (三分之一): value / denominator */
  denominator?: Decimal;
  /** a whole part and a fraction (二又三分之一): value already holds both */
  mixed?: boolean;
  /** written with a slash (3/4) */
  slash?: boolean;
  /** the high end of an approximate range written as neighbouring digits (七八百: value 700, upper 800) */
  upper?: Decimal;
  approx: boolean;
}

/** longest string worth trying: real numbers are short, and this bounds the work on junk */
const MAX_LENGTH = 48;

const MIXED_MARK = '又';
const isAsciiDigit = (c: string) => c >= '0' && c <= '9';
const isWideDigit = (c: string) => c >= '０' && c <= '９';

/** full-width digits and point → ASCII */
export function toAsciiDigits(s: string): string {
  let out = '';
  for (const c of s) {
    if (isWideDigit(c)) out += String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    else if (c === '．') out += '.';
    else if (c === '，') out += ',';
    else if (c === '／') out += '/';
    else if (c === '－') out += '-';
    else if (c === '＋') out += '+';
    else if (c === 'Ｋ' || c === 'ｋ' || c === 'K') out += 'k';
    else out += c;
  }
  return out;
}

type Tok =
  | { t: 'num'; v: Decimal; single: boolean; zero: boolean }
  | { t: 'small'; e: number }
  | { t: 'big'; e: number }
  | { t: 'approx' };

/** split into numbers and units; null on any character that is not part of a number */
function tokenize(s: string): { toks: Tok[]; leadingApprox: boolean } | null {
  const toks: Tok[] = [];
  let leadingApprox = false;
  let i = 0;
  if (s.length > 1 && LEADING_APPROX.has(s[0]!) && (SMALL_UNITS.has(s[1]!) || BIG_UNITS.has(s[1]!))) {
    leadingApprox = true;
    i = 1;
  }
  while (i < s.length) {
    const c = s[i]!;
    if (isAsciiDigit(c)) {
      let j = i;
      let digits = '';
      for (;;) {
        while (j < s.length && isAsciiDigit(s[j]!)) digits += s[j++];
        // a thousands separator is followed by exactly three digits
        if (s[j] === ',' && /^[0-9]{3}(?![0-9])/.test(s.slice(j + 1, j + 5))) {
          j++;
          continue;
        }
        break;
      }
      if (s[j] === '.' && j + 1 < s.length && isAsciiDigit(s[j + 1]!)) {
        digits += '.';
        j++;
        while (j < s.length && isAsciiDigit(s[j]!)) digits += s[j++];
      }
      const v = parseDigits(digits);
      if (!v) return null;
      toks.push({ t: 'num', v, single: digits.length === 1, zero: false });
      i = j;
      continue;
    }
    // 半百 = 50: half of the unit after it
    if (c === '半' && i === 0 && (SMALL_UNITS.has(s[1] ?? '') || BIG_UNITS.has(s[1] ?? ''))) {
      toks.push({ t: 'num', v: { n: 5n, scale: 1 }, single: false, zero: false });
      i++;
      continue;
    }
    const d = DIGITS.get(c);
    if (d !== undefined) {
      // 三点五: the digits after 点 are read one by one
      if (POINTS.has(s[i + 1] ?? '') && DIGITS.has(s[i + 2] ?? '')) {
        let j = i + 2;
        let frac = '';
        while (j < s.length && DIGITS.has(s[j]!)) frac += String(DIGITS.get(s[j++]!));
        toks.push({ t: 'num', v: parseDigits(`${d}.${frac}`)!, single: false, zero: false });
        i = j;
        continue;
      }
      toks.push({ t: 'num', v: int(d), single: true, zero: d === 0 });
      i++;
      continue;
    }
    const tens = TENS.get(c);
    if (tens !== undefined) {
      toks.push({ t: 'num', v: int(tens / 10), single: true, zero: false }, { t: 'small', e: 1 });
      i++;
      continue;
    }
    const small = SMALL_UNITS.get(c);
    if (small !== undefined) {
      toks.push({ t: 'small', e: Math.round(Math.log10(small)) });
      i++;
      continue;
    }
    const big = BIG_UNITS.get(c);
    if (big !== undefined) {
      toks.push({ t: 'big', e: big });
      i++;
      continue;
    }
    if (INNER_APPROX.has(c) && toks.length > 0) {
      toks.push({ t: 'approx' });
      i++;
      continue;
    }
    return null;
  }
  return toks.length ? { toks, leadingApprox } : null;
}

/** 二〇一九, 一二三: digits with no unit read as a digit string */
function digitString(toks: Tok[]): Decimal | null {
  let n = 0n;
  for (const t of toks) {
    if (t.t !== 'num' || !t.single || t.v.scale !== 0) return null;
    n = n * 10n + t.v.n;
  }
  return { n, scale: 0 };
}

function evaluate(toks: Tok[], leadingApprox: boolean): { v: Decimal; approx: boolean } | null {
  let approx = leadingApprox;
  const hasUnit = toks.some((t) => t.t === 'small' || t.t === 'big');
  const nums = toks.filter((t) => t.t === 'num');
  if (!hasUnit) {
    if (toks.some((t) => t.t === 'approx')) {
      // 30多 / 130余: the approx mark closes the number
      if (toks[toks.length - 1]!.t !== 'approx' || nums.length !== 1) return null;
      return { v: (nums[0] as { v: Decimal }).v, approx: true };
    }
    if (nums.length === 1) return { v: (nums[0] as { v: Decimal }).v, approx };
    const ds = digitString(toks);
    return ds ? { v: ds, approx } : null;
  }
  let total = ZERO;
  let section = ZERO;
  let num: Decimal | null = null;
  let numSingle = false;
  let lastSmall = 99;
  let lastBig = 0;
  let lastUnit: number | null = null;
  let zeroSeen = false;
  let first = true;
  let bare = false;
  let prevBig = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    switch (t.t) {
      case 'num':
        if (t.zero && !first) {
          if (num !== null) return null;
          zeroSeen = true;
          break;
        }
        if (num !== null) return null;
        num = t.v;
        numSingle = t.single;
        break;
      case 'approx':
        approx = true;
        break;
      case 'small': {
        if (t.e >= lastSmall) return null;
        if (num !== null && num.scale === 0 && num.n === 0n) return null;
        section = add(section, shift(num ?? ONE, t.e));
        num = null;
        lastSmall = t.e;
        lastUnit = t.e;
        zeroSeen = false;
        break;
      }
      case 'big': {
        const v = num ? add(section, num) : section;
        if (prevBig && !bare && t.e === lastBig && num === null && isZero(section) && !isZero(total)) {
          // 四万万, 10万万, 一万万分之七: a multiplier on a multiplier
          total = shift(total, t.e);
          lastBig += t.e;
          lastUnit = t.e;
          break;
        }
        if (t.e > lastBig) {
          if (isZero(v) && isZero(total)) {
            // a bare 万 / 亿 is one of it; 亿万 and the like are not numbers
            if (!first) return null;
            bare = true;
            total = shift(ONE, t.e);
          } else total = shift(add(total, v), t.e);
        } else {
          if (isZero(v) || t.e === lastBig) return null;
          total = add(total, shift(v, t.e));
        }
        lastBig = Math.max(lastBig, t.e);
        section = ZERO;
        num = null;
        lastSmall = 99;
        lastUnit = t.e;
        zeroSeen = false;
        break;
      }
    }
    // 万五 = 15000: a bare 万 takes one digit after it
    // (万一 is "in case", never 11000)
    const tailDigit = t.t === 'num' && t.single && k === toks.length - 1 && toks.length === 2 && t.v.n !== 1n;
    if (bare && !first && t.t !== 'approx' && !tailDigit && !(t.t === 'big' && prevBig)) return null;
    if (t.t !== 'approx') prevBig = t.t === 'big';
    first = false;
  }
  if (num !== null) {
    // 两千五 = 2500, 一万三 = 13000: a lone digit after a unit fills the next place down
    if (!zeroSeen && lastUnit !== null && numSingle && num.scale === 0) num = shift(num, lastUnit - 1);
    section = add(section, num);
  }
  return { v: add(total, section), approx };
}

const SCIENTIFIC = /^([0-9]*\.?[0-9]+)[eE]([+-]?[0-9]+)$/;
const POWER_OF_TEN = /^([0-9]*\.?[0-9]+)[×*xX]10(?:\^([+-]?[0-9]+)|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/;
const fromSuperscript = (s: string) => [...s].map((c) => (c === '⁻' ? '-' : c === '⁺' ? '+' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)))).join('');

function readPlain(s: string): ReadResult | null {
  if (s === '半') return { value: { n: 5n, scale: 1 }, approx: false };
  // 1.5×10^8, 3×10⁸ are 1.5e8, 3e8
  const power = POWER_OF_TEN.exec(s);
  if (power) s = `${power[1]}e${power[2] ? power[2] : fromSuperscript(power[3]!)}`;
  // 2e5, 2.789e-1
  const sci = SCIENTIFIC.exec(s);
  if (sci) {
    const m = parseDigits(sci[1]!);
    const e = Number(sci[2]);
    return m && Math.abs(e) <= 30 ? { value: shift(m, e), approx: false } : null;
  }
  // 15k, 3.2k
  if (s.length > 1 && s.endsWith('k') && /[0-9]/.test(s[s.length - 2]!)) {
    const r = readPlain(s.slice(0, -1));
    return r && !r.denominator ? { ...r, value: shift(r.value, 3) } : null;
  }
  // 三个亿: the 个 before a multiplier says nothing
  if (s.includes('个')) {
    const k = s.indexOf('个');
    if (BIG_UNITS.has(s[k + 1] ?? '')) return readPlain(s.slice(0, k) + s.slice(k + 1));
  }
  // 一个半 = 1.5, 两个半 = 2.5
  if (s.length > 2 && s.endsWith('个半')) {
    const whole = readPlain(s.slice(0, -2));
    return whole && !whole.denominator ? { ...whole, value: add(whole.value, { n: 5n, scale: 1 }) } : null;
  }
  const ranged = readNeighbours(s);
  if (ranged !== undefined) return ranged;
  const pointed = readPointed(s);
  if (pointed !== undefined) return pointed;
  const tk = tokenize(s);
  if (!tk) return null;
  const r = evaluate(tk.toks, tk.leadingApprox);
  return r ? { value: r.v, approx: r.approx } : null;
}

/** 七八百 = 700–800, 二三十万, 一千七八百: two neighbouring digits written together before a unit */
function readNeighbours(s: string): ReadResult | null | undefined {
  // 三四 (个), 七八 (人): two neighbouring digits alone are an approximate range, not 34
  if (s.length === 2) {
    const a = DIGITS.get(s[0]!);
    const b = DIGITS.get(s[1]!);
    if (a !== undefined && b !== undefined && a > 0 && b === a + 1 && s[0] !== '幺') return { value: int(a), upper: int(b), approx: true };
  }
  for (let i = 0; i + 2 < s.length; i++) {
    const a = DIGITS.get(s[i]!);
    const b = DIGITS.get(s[i + 1]!);
    if (a === undefined || b === undefined || a === 0 || b !== a + 1) continue;
    if (i > 0 && !SMALL_UNITS.has(s[i - 1]!) && !BIG_UNITS.has(s[i - 1]!)) continue;
    if (!SMALL_UNITS.has(s[i + 2]!) && !BIG_UNITS.has(s[i + 2]!)) continue;
    const lo = readPlain(s.slice(0, i + 1) + s.slice(i + 2));
    const hi = readPlain(s.slice(0, i) + s.slice(i + 1));
    if (!lo || !hi || lo.denominator || hi.denominator || lo.upper || hi.upper) return null;
    return { value: lo.value, upper: hi.value, approx: true };
  }
  return undefined;
}

/** 十点一, 一百二十点五万: a whole part, 点, decimal digits, then optional multipliers */
function readPointed(s: string): ReadResult | null | undefined {
  let p = -1;
  for (let i = 0; i < s.length; i++) if (POINTS.has(s[i]!)) { p = i; break; }
  if (p < 0) return undefined;
  // 三点五 with a lone digit before 点 is read by the tokenizer
  if (p === 1 && DIGITS.has(s[0]!)) return undefined;
  let whole = readPlain(s.slice(0, p));
  // 一二点三零 = 12.3: before 点 two neighbouring digits are digits, not a range
  if (whole?.upper) whole = { value: int(DIGITS.get(s[0]!)! * 10 + DIGITS.get(s[1]!)!), approx: false };
  if (!whole || whole.approx || whole.denominator) return null;
  let i = p + 1;
  let frac = '';
  while (i < s.length && DIGITS.has(s[i]!)) frac += String(DIGITS.get(s[i++]!));
  if (!frac) return null;
  let exp = 0;
  while (i < s.length && BIG_UNITS.has(s[i]!)) exp += BIG_UNITS.get(s[i++]!)!;
  if (i < s.length) return null;
  const v = add(whole.value, parseDigits(`0.${frac}`)!);
  return { value: shift(v, exp), approx: false };
}

function stackedMultipliers(s: string): ReadResult | null {
  if (s.length < 2) return null;
  let e = 0;
  for (const c of s) {
    const b = BIG_UNITS.get(c);
    if (b === undefined) return null;
    e += b;
  }
  return { value: shift(ONE, e), approx: false };
}

/** the exact reading; see readNumber for the plain number */
export function readExact(input: string): ReadResult | null {
  if (typeof input !== 'string') return null;
  let s = toAsciiDigits(input.trim()).replace(/[ \u3000]+/g, '');
  if (s.length === 0 || s.length > MAX_LENGTH) return null;
  let negative = false;
  if (MINUS_SIGNS.has(s[0]!)) {
    negative = true;
    s = s.slice(1);
  } else if (PLUS_SIGNS.has(s[0]!)) s = s.slice(1);
  if (s.length === 0) return null;
  // .5 is 0.5
  if (s[0] === '.') s = `0${s}`;
  let r: ReadResult | null;
  const frac = s.indexOf(FRACTION_MARK);
  const mixed = s.indexOf(MIXED_MARK);
  const slash = s.indexOf('/');
  if (mixed > 0 && frac > mixed) {
    // 二又三分之一 = 7/3: the whole part joins the numerator
    const whole = readPlain(s.slice(0, mixed));
    const part = readExact(s.slice(mixed + 1));
    if (!whole || whole.denominator || !part?.denominator || part.value.n < 0n) return null;
    r = { value: add(mul(whole.value, part.denominator), part.value), denominator: part.denominator, approx: whole.approx || part.approx, mixed: true };
  } else if (slash > 0) {
    // 3/2, ３／５: numerator first
    const numer = readPlain(s.slice(0, slash));
    const den = readPlain(s.slice(slash + 1));
    if (!numer || !den || numer.denominator || den.denominator || isZero(den.value)) return null;
    r = { value: numer.value, denominator: den.value, approx: false, slash: true };
  } else if (frac >= 0) {
    // 三分之一 = 1/3, 百分之十二点五 = 12.5/100 (a denominator of 百 alone is one hundred)
    // 万万分之七: stacked bare multipliers name a denominator (alone, 万万 is no number)
    const denText = s.slice(0, frac);
    const den = readPlain(denText) ?? stackedMultipliers(denText);
    const rest = s.slice(frac + FRACTION_MARK.length);
    // 百分之负三点八
    const negNum = MINUS_SIGNS.has(rest[0] ?? '');
    let unsigned = negNum ? rest.slice(1) : rest;
    // 百分之点二八 = 0.28 %: a numerator with no whole part before 点
    if (POINTS.has(unsigned[0] ?? '')) unsigned = `零${unsigned}`;
    const numer0 = readPlain(unsigned);
    const numer = numer0 && negNum ? { ...numer0, value: neg(numer0.value) } : numer0;
    if (!den || !numer || isZero(den.value) || den.approx) return null;
    r = { value: numer.value, denominator: den.value, approx: numer.approx, ...(numer.upper ? { upper: numer.upper } : {}) };
  } else r = readPlain(s);
  if (!r) return null;
  return negative ? { ...r, value: neg(r.value) } : r;
}

export function resultToNumber(r: ReadResult): number {
  if (!r.denominator) return toNumber(r.value);
  return toNumber(r.value) / toNumber(r.denominator);
}

export function readNumber(s: string): { value: number; approx?: boolean } | null {
  try {
    const r = readExact(s);
    if (!r) return null;
    const value = resultToNumber(r);
    if (!Number.isFinite(value)) return null;
    return r.approx ? { value, approx: true } : { value };
  } catch {
    return null;
  }
}

