// What follows a number: inner 余/多, then the unit (longest match from the
// table), written with or without a space; a compound rate (元/升, 元／吨,
// 公里/小时, t/d) is one unit.
import { BIG_UNITS, DIGITS, INNER_APPROX, SMALL_UNITS } from '../data/numerals.js';
import { TENTH_AFTER } from '../data/units.js';
import { LATIN_PER } from '../data/units-written.js';
import { UNITS, type UnitDef, matchUnit } from '../data/units.js';
import { type Decimal, add, mul, toNumber } from '../numbers/decimal.js';
import { charTable, codeAt, isHanChar } from '../../text/char-table.js';
import type { NumberToken } from '../scan.js';

export interface UnitMatch {
  /** where the unit starts (after any 余/多) */
  at: number;
  end: number;
  written: string;
  def: UnitDef;
  approx: boolean;
}

const MAX_SPACES = 4;
const PER_T = charTable(['/', '／']);
const INNER_T = charTable(INNER_APPROX);
/** what 来 (about) may follow: a round number */
const ROUND_T = charTable([...'十百千万0０']);
const C_LAI = 0x6765; // 来
const C_JI = 0x51e0; // 几
const C_MEI = 0x6bcf; // 每
const isSpace = (c: string | undefined) => c === ' ' || c === '\u3000';
const isSpaceAt = (text: string, k: number) => {
  const c = codeAt(text, k);
  return c === 0x20 || c === 0x3000;
};
/** the unit table as a Map: looked up once per number */
let defs: Map<string, UnitDef> | null = null;
const unitDef = (w: string): UnitDef => (defs ??= new Map(Object.entries(UNITS))).get(w)!;
const isHan = isHanChar;

/** a rate's denominator at text[i]: a unit of the table, a letter unit of time, or a short noun (运次) */
function denominatorAt(text: string, i: number): { end: number; base: string } | null {
  const w = matchUnit(text, i);
  if (w) {
    const d = UNITS[w]!;
    return { end: i + w.length, base: d.kind === 'time' ? w : d.base };
  }
  for (const [k, v] of Object.entries(LATIN_PER)) {
    if (text.startsWith(k, i) && !/[A-Za-z]/.test(text[i + k.length] ?? '')) return { end: i + k.length, base: v };
  }
  // 2元/运次: one or two Han characters closing the phrase
  let j = i;
  while (j < i + 2 && isHan(text[j])) j++;
  if (j > i && !isHan(text[j])) return { end: j, base: text.slice(i, j) };
  return null;
}

/** the longest unit at text[at] read with spaces between characters skipped (only when spaces are there) */
function spacedUnit(text: string, at: number): { unit: string; end: number } | null {
  // nearly always there is no space: say so without building anything
  let k = at + 1;
  while (k < at + 5 && !isSpaceAt(text, k) && k < text.length) k++;
  if (k >= at + 5 || k >= text.length) return null;
  let squeezed = '';
  const pos: number[] = [];
  for (let i = at; i < text.length && squeezed.length < 8 && i - at < 24; i++) {
    if (isSpace(text[i])) continue;
    squeezed += text[i];
    pos.push(i);
  }
  if (pos.length < 2 || pos[pos.length - 1]! - at === pos.length - 1) return null;
  const w = matchUnit(squeezed, 0);
  if (!w || w.length < 2) return null;
  return { unit: w, end: pos[w.length - 1]! + 1 };
}

export function unitAfter(text: string, pos: number): UnitMatch | null {
  let at = pos;
  // 近 300 亿元, 一百五十 个百分点, 168 cm: spaces between number and unit
  let k = at;
  while (isSpaceAt(text, k) && k - pos < MAX_SPACES) k++;
  if (k > at && k < text.length && matchUnit(text, k)) at = k;
  let approx = false;
  // (tested by code: this runs for every number the extractors look at)
  const c = codeAt(text, at);
  // 二十来岁: 来 (about) only after a round number
  const lai = c === C_LAI && ROUND_T[codeAt(text, at - 1)] === 1;
  if (INNER_T[c] === 1 && (lai || (c !== C_LAI && c !== C_JI))) {
    const u = matchUnit(text, at + 1);
    if (!u) return null;
    approx = true;
    at++;
  }
  let written = matchUnit(text, at);
  let end = at + (written?.length ?? 0);
  // 一 百 五 十 个 百 分 点: a unit spelt with spaces between its characters
  const spaced = spacedUnit(text, at);
  if (spaced && spaced.unit.length > (written?.length ?? 0)) {
    written = spaced.unit;
    end = spaced.end;
  }
  if (!written) return null;
  const def = unitDef(written);
  // 6.93元/升, 60公里每小时 (每 only before a unit of the table: 5元每人 but not 5元每次都)
  const e = codeAt(text, end);
  const per = PER_T[e] === 1 || (e === C_MEI && matchUnit(text, end + 1) !== null);
  if (def.kind === 'measure' && per) {
    const den = denominatorAt(text, end + 1);
    if (den) {
      // a rate or price (6.93元/升) is not an amount of its numerator's kind: money per litre is not money
      const rate: UnitDef = { base: `${def.base}/${den.base}`, category: 'other', kind: 'measure' };
      if (def.times) rate.times = def.times;
      end = den.end;
      return { at, end, written: `${written}/${den.base}`, def: rate, approx };
    }
  }
  return { at, end, written, def, approx };
}

/**
 * The unit after a number token, read once and kept on the token: up to six
 * extractors ask for it (range for both of its numbers), and reading a unit is
 * a word-list look-up with its checks.
 */
export function unitAfterToken(text: string, t: NumberToken): UnitMatch | null {
  if (t.unit === undefined) t.unit = unitAfter(text, t.end);
  return t.unit;
}

const HALF: Decimal = { n: 5n, scale: 1 };
const AFTER_HALF = new Set(['的', '左', '多', '以', '之']);

/** 两米半, 5斤半: a 半 closing the unit adds one half (not 半径, 半岛: words) */
export function halfAfter(text: string, u: UnitMatch): boolean {
  if (text[u.end] !== '半' || u.def.kind === 'time' || u.written.includes('/')) return false;
  const n = text[u.end + 1];
  return !isHan(n) || AFTER_HALF.has(n!);
}

/** the value of `n` of the unit, in its base unit (3角 = 0.3 元), plus a trailing 半 */
export function inBaseUnit(n: Decimal, u: UnitMatch, half: boolean): number {
  const v = half ? add(n, HALF) : n;
  return toNumber(u.def.times ? mul(v, u.def.times) : v);
}

const isDigitChar = (c: string | undefined) => c !== undefined && (DIGITS.has(c) || (c >= '0' && c <= '9'));
const digitOf = (c: string) => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : DIGITS.get(c)!);

/** 一米八 (1.8 米), 五斤六两 (5.6 斤): one digit after 米, or a digit and 两 after 斤 */
export function tenthAfter(text: string, u: UnitMatch): { tenths: Decimal; end: number } | null {
  const sub = TENTH_AFTER[u.def.base];
  if (sub === undefined || u.written.includes('/')) return null;
  const c = text[u.end];
  if (!isDigitChar(c) || c === '两' || c === '兩') return null;
  const after = text[u.end + 1];
  const tenths: Decimal = { n: BigInt(digitOf(c!)), scale: 1 };
  if (sub && (after === sub || (sub === '两' && after === '兩'))) return { tenths, end: u.end + 2 };
  if (isDigitChar(after) || (after !== undefined && matchUnit(text, u.end + 1)) || SMALL_UNITS.has(after ?? '') || BIG_UNITS.has(after ?? '')) return null;
  return sub === '' ? { tenths, end: u.end + 1 } : null;
}
