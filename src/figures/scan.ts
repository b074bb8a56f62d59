// Finds every run of numeral characters in one linear pass (each character is
// looked at a bounded number of times), so no input can make it slow. The
// extractors then look only at the few characters around each run.
import { BIG_UNITS, DIGITS, INNER_APPROX, LEADING_APPROX, POINTS, SMALL_UNITS, TENS } from './data/numerals.js';
import { type ReadResult, readExact } from './numbers/read.js';
import { matchUnit } from './data/units.js';

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
}

const MAX_RUN = 48;
const ARABIC = /[0-9０-９]/;
const PLAIN_INT = /^[0-9]{1,15}$/;
const CHINESE = /[零〇○洞一壹幺二两兩贰貳貮三叁參弎四肆五伍六七柒八捌九玖陆陸廿念卅卌十拾什百佰陌千仟阡]/;

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
  for (const k of LEADING_APPROX) t[k.charCodeAt(0)] |= LEAD_BIT;
  return (classes = t);
}
const cls = (c: string) => (c ? classes![c.charCodeAt(0)]! : 0);
const isArabic = (c: string) => (cls(c) & ARABIC_BIT) !== 0;
const isChineseDigit = (c: string) => (cls(c) & DIGIT_BIT) !== 0;
const isUnitChar = (c: string) => (cls(c) & UNIT_BIT) !== 0;
const isCore = (c: string) => (cls(c) & (ARABIC_BIT | DIGIT_BIT | UNIT_BIT)) !== 0;

/** length of the numeric run starting at i (0 if none) */
function runEnd(text: string, i: number): number {
  let j = i;
  // 数十, 上千, 几百: one approximate unit
  if (LEADING_APPROX.has(text[j] ?? '') && isUnitChar(text[j + 1] ?? '')) j++;
  if (!isCore(text[j] ?? '')) return i;
  while (j < text.length) {
    const c = text[j]!;
    if (isCore(c)) {
      // 34万千瓦, 5千克, 12个百分点: 千 / 百 opening a unit belongs to the unit
      if (j > i && SMALL_UNITS.has(c) && (matchUnit(text, j)?.length ?? 0) > 1) break;
      j++;
      continue;
    }
    const next = text[j + 1] ?? '';
    const prev = text[j - 1] ?? '';
    // 1,352: a separator between digits followed by exactly three digits
    if ((c === ',' || c === '，') && isArabic(prev) && isArabic(next)) {
      if (c === ',' && isArabic(text[j + 2] ?? '') && isArabic(text[j + 3] ?? '') && !isArabic(text[j + 4] ?? '')) {
        j++;
        continue;
      }
      break;
    }
    if ((c === '.' || c === '．') && isArabic(prev) && isArabic(next)) {
      j++;
      continue;
    }
    if (POINTS.has(c) && isChineseDigit(prev) && isChineseDigit(next)) {
      j++;
      continue;
    }
    // 三分之一, 百分之五
    if (c === '分' && next === '之' && isCore(text[j + 2] ?? '')) {
      j += 2;
      continue;
    }
    // 10多万, 十几万: an inner approximation followed by a multiplier
    if (INNER_APPROX.has(c) && (BIG_UNITS.has(next) || SMALL_UNITS.has(next))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function multiplierExp(raw: string): number {
  let e = 0;
  for (let k = raw.length - 1; k >= 0; k--) {
    const big = BIG_UNITS.get(raw[k]!);
    if (big !== undefined) e += big;
    else {
      // 千万, 百万: a small unit right before the trailing big ones
      const small = SMALL_UNITS.get(raw[k]!);
      if (small !== undefined && e > 0 && k > 0 && !isUnitChar(raw[k - 1]!)) e += Math.round(Math.log10(small));
      break;
    }
  }
  return e;
}

/** numeric runs of text[from, to) */
export function scanNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  const t = table();
  let i = from;
  while (i < to) {
    // most characters open no run: skip them with one lookup
    if (t[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const end = Math.min(runEnd(text, i), to);
    if (end === i) {
      i++;
      continue;
    }
    if (end - i <= MAX_RUN) {
      const raw = text.slice(i, end);
      // plain ASCII integers are most runs: read them without the general reader
      const single = raw.length === 1 ? DIGITS.get(raw) : undefined;
      const read: ReadResult | null = single !== undefined
        ? { value: { n: BigInt(single), scale: 0 }, approx: false }
        : PLAIN_INT.test(raw) ? { value: { n: BigInt(raw), scale: 0 }, approx: false } : readExact(raw);
      if (read) {
        const arabic = ARABIC.test(raw);
        const chinese = CHINESE.test(raw);
        out.push({ start: i, end, raw, read, multiplierExp: multiplierExp(raw), arabic, chinese });
      }
    }
    i = end;
  }
  return out;
}
