// Finds every run of numeral characters in one linear pass (each character is
// looked at a bounded number of times), so no input can make it slow. The
// extractors then look only at the few characters around each run.
import { BIG_UNITS, DIGITS, INNER_APPROX, LEADING_APPROX, LIANG, MINUS_SIGNS, POINTS, SI_SUFFIX, SMALL_UNITS, TENS } from './data/numerals.js';
import { type ReadResult, readExact } from './numbers/read.js';
import { parseDigits, shift } from './numbers/decimal.js';
import { charTable, codeAt } from '../text/char-table.js';
import { UNITS, matchUnit } from './data/units.js';
import type { UnitMatch } from './extractors/unit-after.js';

export interface NumberToken {
  /** UTF-16 span of the number, multipliers and inner 余/多 included */
  start: number;
  end: number;
  raw: string;
  read: ReadResult;
  /** power of ten written as trailing multipliers (万 4, 亿 8, 万亿 12, 千万 7) — for ranges like 3至5亿 */
  multiplierExp: number;
  arabic: boolean;
  chinese: boolean;
  /** the unit written after the number, read once on first use (extractors/unit-after.ts): undefined until then */
  unit: UnitMatch | null | undefined;
}

const MAX_RUN = 48;
const SUPERSCRIPTS = new Set([...'⁰¹²³⁴⁵⁶⁷⁸⁹']);
const SUPER_SIGNS = new Set(['⁻', '⁺']);
/** spaces allowed between two parts of one number */
const MAX_SPACES = 4;
const PLAIN_INT = /^[0-9]{1,15}$/;
/** 3.5, 2019.12: read as the general reader would (tested), without its passes for other forms */
const PLAIN_DECIMAL = /^[0-9]{1,15}\.[0-9]{1,15}$/;

// one table lookup per character: bit 1 Arabic digit, 2 Chinese digit, 4 unit (十百千万亿), 8 may open a run (数/上/几)
const ARABIC_BIT = 1;
const DIGIT_BIT = 2;
const UNIT_BIT = 4;
const LEAD_BIT = 8;
let classes: Uint8Array | null = null;
function table(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) t[c] |= ARABIC_BIT;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] |= ARABIC_BIT;
  for (const k of [...DIGITS.keys(), ...TENS.keys()]) t[k.charCodeAt(0)] |= DIGIT_BIT;
  for (const k of [...SMALL_UNITS.keys(), ...BIG_UNITS.keys()]) t[k.charCodeAt(0)] |= UNIT_BIT;
  for (const k of [...LEADING_APPROX, '半', '.', '．']) t[k.charCodeAt(0)] |= LEAD_BIT;
  return (classes = t);
}
// Every test below is by char code (read through codeAt: 0 past either end of
// the text, which no table holds): runEnd looks at each character around every numeral
// character of the text, and a one-character string per look (CJK ones are not
// cached by V8) plus its hashing into a Set was most of its cost.
const cls = (c: number) => classes![c]! | 0;
const isArabic = (c: number) => (cls(c) & ARABIC_BIT) !== 0;
const isChineseDigit = (c: number) => (cls(c) & DIGIT_BIT) !== 0;
const isUnitChar = (c: number) => (cls(c) & UNIT_BIT) !== 0;
const isCore = (c: number) => (cls(c) & (ARABIC_BIT | DIGIT_BIT | UNIT_BIT)) !== 0;
const code = (s: string) => s.charCodeAt(0);

const SMALL_T = charTable(SMALL_UNITS.keys());
const BIG_T = charTable(BIG_UNITS.keys());
const SMALL_OR_BIG_T = charTable([...SMALL_UNITS.keys(), ...BIG_UNITS.keys()]);
const LIANG_T = charTable(LIANG);
const POINT_T = charTable(POINTS);
const MINUS_T = charTable(MINUS_SIGNS);
const INNER_T = charTable(INNER_APPROX);
const LEADING_T = charTable(LEADING_APPROX);
const SI_T = charTable(SI_SUFFIX.keys());
const SUPERSCRIPT_T = charTable(SUPERSCRIPTS);
/** the characters of the code ranges [from, to] (inclusive), for tables */
function codeRange(...ranges: [string, string][]): string[] {
  const out: string[] = [];
  for (const [from, to] of ranges) for (let c = code(from); c <= code(to); c++) out.push(String.fromCharCode(c));
  return out;
}
const LATIN_T = charTable(codeRange(['A', 'Z'], ['a', 'z'], ['Ａ', 'Ｚ'], ['ａ', 'ｚ']));
/** what may stand before a leading point that opens a number (.5): none of these */
const GLUED_BEFORE_POINT_T = charTable([...codeRange(['0', '9'], ['A', 'Z'], ['a', 'z'], ['０', '９']), '.', '．']);
const SIGN_T = charTable(['+', '-']);
const PLUS_MINUS_T = charTable(['+', '-', '＋', '－']);
const SLASH_T = charTable(['/', '／']);
const SLASH_OR_POINT_T = charTable(['/', '／', '.', '．']);
const TIMES_T = charTable(['×', '*', 'x', 'X']);

const C_SPACE = 0x20;
const C_IDEO_SPACE = 0x3000;
const C_DOT = 0x2e;
const C_WIDE_DOT = 0xff0e;
const C_HALF = code('半');
const C_CHENG = code('成');
const C_ZHE = code('折');
const C_ZHI = code('之');
const C_FEN = code('分');
const C_YI = code('一');
const C_JI = code('几');
const C_JI_T = code('幾');
const C_GE = code('个');
const C_YOU = code('又');
const C_E = code('e');
const C_E_UP = code('E');
const C_CARET = code('^');
const C_COMMA = code(',');
const C_WIDE_COMMA = code('，');
const C_ZERO = code('0');
const C_ONE = code('1');

const isSpace = (c: number) => c === C_SPACE || c === C_IDEO_SPACE;
const isPoint = (c: number) => c === C_DOT || c === C_WIDE_DOT;
/** s holds an Arabic digit (ASCII or full-width): tested by code, for every number in the text */
function hasArabic(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}
const isWide = (c: number) => c >= 0xff10 && c <= 0xff19;
const isLatin = (c: number) => LATIN_T[c] === 1;
/** Chinese side of a number: numerals, units, 点 and the 之 of 分之 */
const isChineseSide = (c: number) => isChineseDigit(c) || isUnitChar(c) || POINT_T[c] === 1 || c === C_ZHI;
/** the first character at or after k that is not a space, and where it is */
function skipSpaces(text: string, k: number): number {
  let n = 0;
  while (isSpace(codeAt(text, k)) && n < MAX_SPACES) {
    k++;
    n++;
  }
  return k;
}

function arabicEnd(text: string, k: number): number {
  for (let c = codeAt(text, k); isArabic(c) || isPoint(c); c = codeAt(text, k)) k++;
  return k;
}

/** 一两个 at text[i]: 一 then 两 before a counter (not a measure) */
function oneOrTwo(text: string, i: number, j: number): boolean {
  if (j !== i + 1 || codeAt(text, i) !== C_YI) return false;
  const kind = UNITS[matchUnit(text, j + 1) ?? '']?.kind;
  return kind !== undefined && kind !== 'measure';
}

/** length of the numeric run starting at i (0 if none) */
function runEnd(text: string, i: number): number {
  let j = i;
  const first = codeAt(text, j);
  // 数十, 上千, 几百: one approximate unit; 半百: half of one
  if ((LEADING_T[first] === 1 || first === C_HALF) && isUnitChar(codeAt(text, j + 1))) j++;
  // .5: a leading point, not glued to a word or number before it
  else if (isPoint(first) && isArabic(codeAt(text, j + 1)) && GLUED_BEFORE_POINT_T[codeAt(text, j - 1)] !== 1) j++;
  // 半斤, 半成, 半折: 半 alone before a measure is one half
  if (j === i && first === C_HALF) {
    const n = codeAt(text, j + 1);
    if (n === C_CHENG || n === C_ZHE || UNITS[matchUnit(text, j + 1) ?? '']?.kind === 'measure') return j + 1;
  }
  if (!isCore(codeAt(text, j))) return i;
  while (j < text.length) {
    const c = codeAt(text, j);
    if (isCore(c)) {
      // 34万千瓦, 5千克, 12个百分点: 千 / 百 opening a unit belongs to the unit
      // (五十兆字节: so does 兆)
      // (but after a Chinese digit it is the number's: 两千米 is 2000 米, as 两千 is 2000)
      if (j > i && SMALL_OR_BIG_T[c] === 1 && (!isChineseDigit(codeAt(text, j - 1)) || text.startsWith('百分', j)) && (matchUnit(text, j)?.length ?? 0) > 1) break;
      // 四两, 五斤六两: 两 after a number is the weight unit, never a digit
      // (两千两百: a 两 before a unit is still a digit)
      // (一两个, 一两天: one or two of a counted thing, not a weight)
      if (j > i && LIANG_T[c] === 1 && isCore(codeAt(text, j - 1)) && !isUnitChar(codeAt(text, j + 1)) && !oneOrTwo(text, i, j)) break;
      j++;
      continue;
    }
    const next = codeAt(text, j + 1);
    // the last character of the number so far (a space inside it is not one)
    let p = j - 1;
    while (p > i && isSpace(codeAt(text, p))) p--;
    const prev = codeAt(text, p);
    // 一百 五 十 二, 7 万5 千, 1000  万, 百 分之 2: spaces inside a number as some texts write it
    if (isSpace(c)) {
      const k = skipSpaces(text, j);
      const n = codeAt(text, k);
      const joins =
        (isChineseSide(prev) && (isChineseSide(n) || (prev === C_ZHI && isArabic(n)) || (n === C_FEN && isCore(prev)))) ||
        (isArabic(prev) && (isUnitChar(n) || POINT_T[n] === 1 || (isPoint(n) && isArabic(codeAt(text, k + 1))))) ||
        // 十 余 万, 五百 余万
        ((isCore(prev) || INNER_T[prev] === 1) && INNER_T[n] === 1 && isUnitChar(codeAt(text, skipSpaces(text, k + 1)))) ||
        (INNER_T[prev] === 1 && isUnitChar(n)) ||
        // 7万 5千 4百: digits after a unit only when a unit follows them too
        (isUnitChar(prev) && isArabic(n) && isUnitChar(codeAt(text, arabicEnd(text, k)))) ||
        (prev === C_FEN && n === C_ZHI);
      if (!joins || k >= text.length) break;
      j = k;
      continue;
    }
    // 1,352 and ４，５６５: a separator between digits followed by exactly three digits
    if ((c === C_COMMA || c === C_WIDE_COMMA) && isArabic(prev) && isArabic(next)) {
      const wide = isWide(prev) && isWide(next);
      if ((c === C_COMMA || wide) && isArabic(codeAt(text, j + 2)) && isArabic(codeAt(text, j + 3)) && !isArabic(codeAt(text, j + 4))) {
        j++;
        continue;
      }
      break;
    }
    if (isPoint(c) && isArabic(prev) && isArabic(next)) {
      j++;
      continue;
    }
    // 十点二三三, 两千万点五五四四, 四百 点 五: 点 after any numeral, before a digit
    if (POINT_T[c] === 1 && isChineseSide(prev) && POINT_T[prev] !== 1) {
      const k = skipSpaces(text, j + 1);
      if (isChineseDigit(codeAt(text, k))) {
        j = k;
        continue;
      }
      break;
    }
    // 三分之一, 百分之五, 五 分之 一, 百分之负三点八
    if (c === C_FEN) {
      const k = skipSpaces(text, j + 1);
      if (codeAt(text, k) === C_ZHI) {
        let m = skipSpaces(text, k + 1);
        if (MINUS_T[codeAt(text, m)] === 1 && (isCore(codeAt(text, m + 1)) || POINT_T[codeAt(text, m + 1)] === 1)) m++;
        // 百分之点二八 = 0.28 %: a decimal with no whole part
        if (POINT_T[codeAt(text, m)] === 1 && isChineseDigit(codeAt(text, m + 1))) m++;
        if (isCore(codeAt(text, m))) {
          j = m;
          continue;
        }
      }
      break;
    }
    // 10多万, 十几万: an inner approximation followed by a multiplier
    if (INNER_T[c] === 1 && (SMALL_OR_BIG_T[next] === 1 || (isSpace(next) && isUnitChar(codeAt(text, skipSpaces(text, j + 1)))))) {
      j++;
      continue;
    }
    // 十几个, 二十几岁: 几 closing a number after a unit (十几 = ten and some)
    if ((c === C_JI || c === C_JI_T) && SMALL_T[prev] === 1 && !isCore(next)) {
      j++;
      break;
    }
    // 三个亿, 两个亿: 个 between a number and its multiplier
    if (c === C_GE && BIG_T[next] === 1) {
      j++;
      continue;
    }
    // 一个半 = 1.5
    if (c === C_GE && next === C_HALF && !isCore(codeAt(text, j + 2))) {
      j += 2;
      break;
    }
    // 二又三分之一, 3又一千分之23: a mixed number
    if (c === C_YOU && isCore(next)) {
      let k = j + 1;
      while (isCore(codeAt(text, k))) k++;
      if (text.startsWith('分之', k)) {
        j++;
        continue;
      }
      break;
    }
    // 3/2, ３／５: a fraction in digits, never one part of a date (2019/12/31)
    if (SLASH_T[c] === 1 && isArabic(prev) && isArabic(next) && /^[0-9０-９]+$/.test(text.slice(i, j)) && SLASH_T[codeAt(text, i - 1)] !== 1) {
      let k = j + 1;
      while (isArabic(codeAt(text, k))) k++;
      if (SLASH_OR_POINT_T[codeAt(text, k)] === 1 && isArabic(codeAt(text, k + 1))) break;
      j = k;
      break;
    }
    // 1.5×10^8, 3×10⁸: a power of ten written out
    if (TIMES_T[c] === 1 && isArabic(prev) && codeAt(text, j + 1) === C_ONE && codeAt(text, j + 2) === C_ZERO) {
      let k = j + 3;
      if (codeAt(text, k) === C_CARET) k++;
      const d = k;
      const caret = codeAt(text, d - 1) === C_CARET;
      if (SUPER_SIGNS.has(text[k] ?? '') || (caret && SIGN_T[codeAt(text, k)] === 1)) k++;
      while (caret && codeAt(text, k) >= C_ZERO && codeAt(text, k) <= C_ZERO + 9) k++;
      while (SUPERSCRIPT_T[codeAt(text, k)] === 1) k++;
      if (k > d && !isArabic(codeAt(text, k))) j = k;
      break;
    }
    // 2e5, 2.7890e-1, 12.32e+14: scientific notation after Arabic digits
    if ((c === C_E || c === C_E_UP) && isArabic(prev)) {
      let k = j + 1;
      if (PLUS_MINUS_T[codeAt(text, k)] === 1) k++;
      const d = k;
      while (isArabic(codeAt(text, k))) k++;
      if (k > d && !isLatin(codeAt(text, k))) j = k;
      break;
    }
    // 15k, 3.2K: kilo after Arabic digits (not 5km, 3kg: a letter after it makes a unit)
    if (SI_T[c] === 1 && isArabic(prev) && !isLatin(next) && !isArabic(next)) {
      j++;
      break;
    }
    break;
  }
  // trailing spaces are not part of the number
  while (j > i && isSpace(codeAt(text, j - 1))) j--;
  return j;
}

// (most runs end in a digit: a test by code says so before any Map look-up)
/** Chinese numerals (digits, tens, 十百千; not the multipliers alone) by code */
const CHINESE_T = charTable([...DIGITS.keys(), ...TENS.keys(), ...SMALL_UNITS.keys(), '念']);
function hasChinese(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (CHINESE_T[s.charCodeAt(i)] === 1) return true;
  return false;
}

function multiplierExp(raw: string): number {
  let e = 0;
  const last = raw.charCodeAt(raw.length - 1);
  if (BIG_T[last] !== 1) return 0;
  for (let k = raw.length - 1; k >= 0; k--) {
    const big = BIG_UNITS.get(raw[k]!);
    if (big !== undefined) e += big;
    else {
      // 千万, 百万: a small unit right before the trailing big ones
      const small = SMALL_UNITS.get(raw[k]!);
      if (small !== undefined && e > 0 && k > 0 && !isUnitChar(raw.charCodeAt(k - 1))) e += Math.round(Math.log10(small));
      break;
    }
  }
  return e;
}

/** the first index from i on (before to) whose character may open a run, or to */
function nextOpening(text: string, i: number, to: number, t: Uint8Array): number {
  while (i < to && t[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** the reading of a lone digit, one object per value: lone digits (一 of 一个, 统一) are a third of all runs, and readings are never changed */
const SINGLE_READS: ReadResult[] = Array.from({ length: 10 }, (_, v) => ({ value: { n: BigInt(v), scale: 0 }, approx: false }));
const ASCII_DIGITS: ReadonlyMap<string, number> = new Map(Array.from({ length: 10 }, (_, v) => [String(v), v]));

/** 30万, 1.3万亿: ASCII digits and one multiplier (or 万亿) — a fifth of all runs */
const PLAIN_MULTIPLIED = /^([0-9]{1,15}(?:\.[0-9]{1,15})?)(万亿|萬億|[万萬亿億兆])$/;

/**
 * The reading of a run: the commonest forms (a lone digit, ASCII integers and
 * decimals, those with a multiplier) read here as the general reader would
 * (a property test holds them equal), without its passes for other forms.
 */
function readRun(raw: string): ReadResult | null {
  const single = raw.length === 1 ? DIGITS.get(raw) ?? ASCII_DIGITS.get(raw) : undefined;
  if (single !== undefined) return SINGLE_READS[single]!;
  if (PLAIN_INT.test(raw)) return { value: { n: BigInt(raw), scale: 0 }, approx: false };
  if (PLAIN_DECIMAL.test(raw)) return { value: parseDigits(raw)!, approx: false };
  const m = BIG_T[raw.charCodeAt(raw.length - 1)] === 1 ? PLAIN_MULTIPLIED.exec(raw) : null;
  if (m) {
    const v = parseDigits(m[1]!)!;
    let e = 0;
    for (let k = 0; k < m[2]!.length; k++) e += BIG_UNITS.get(m[2]![k]!)!;
    // (0万 is no number: the general reader says why)
    if (v.n !== 0n) return { value: shift(v, e), approx: false };
  }
  return readExact(raw);
}

/** numeric runs of text[from, to) */
export function scanNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  const t = table();
  let i = from;
  while (i < to) {
    // most characters open no run: skip them with one lookup each, in a loop of its own
    i = nextOpening(text, i, to, t);
    if (i >= to) break;
    const end = Math.min(runEnd(text, i), to);
    if (end === i) {
      i++;
      continue;
    }
    if (end - i <= MAX_RUN) {
      const raw = text.slice(i, end);
      let read = readRun(raw);
      // 百分之七十百分位: a run that does not read may start with one that does
      let cut = end;
      while (!read && cut > i + 1) {
        cut--;
        while (cut > i + 1 && isSpace(text.charCodeAt(cut - 1))) cut--;
        // 十点二十分 is a time: never cut inside the digits after 点 (十点二), only before 点
        const prefix = text.slice(i, cut);
        if (/[点點]/.test(prefix) && isCore(codeAt(text, cut))) continue;
        read = readExact(prefix);
      }
      // (亿万群众: a multiplier alone left over is no number, so the run is dropped whole)
      if (read && cut < end && [...text.slice(i, cut)].every((ch) => BIG_UNITS.has(ch))) read = null;
      if (read && cut < end) {
        const short = text.slice(i, cut);
        out.push({ start: i, end: cut, raw: short, read, multiplierExp: multiplierExp(short), arabic: hasArabic(short), chinese: hasChinese(short), unit: undefined });
        i = cut;
        continue;
      }
      if (read) {
        const arabic = hasArabic(raw);
        const chinese = hasChinese(raw);
        out.push({ start: i, end, raw, read, multiplierExp: multiplierExp(raw), arabic, chinese, unit: undefined });
      }
    }
    i = end;
  }
  return out;
}
