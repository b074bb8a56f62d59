// Ranges and bounds on a figure's `range` ({min, max}, null on an open side):
//   approximate ranges read by the number reader (七八百 = 700–800, 二三十万),
//   "more than" marks inside the number (五百多, 130余, 十几万: max null),
//   bound words around it (超过/至少/不少于 X, X以上: max null; 不超过/最多 X, X以内: min null; 比 X 大/小),
//   and two opposite bounds of one interval joined into one figure
//   (大于10小于20, 1000以上，1500以下, 20和30之间). `value` stays the number written.
import type { Candidate } from '../candidate.js';
import {
  BETWEEN_AFTER, BETWEEN_JOIN, BOUND_FILLERS, BOUND_JOINS, BOUND_LOOK, LESS_THAN, LOWER_AFTER, LOWER_BEFORE, MORE_MARKS,
  MORE_THAN, UPPER_AFTER, UPPER_BEFORE,
} from '../data/bounds.js';
import { toNumber } from '../numbers/decimal.js';
import { charTable } from '../../text/char-table.js';

type Side = 'lower' | 'upper';
interface Bound {
  side: Side;
  /** where the bound words start (before the number) or end (after it) */
  from: number;
  to: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\u3000' || c === '\t';
const byLength = (a: string, b: string) => b.length - a.length;
const BEFORE: [string, Side][] = [
  ...LOWER_BEFORE.map((w): [string, Side] => [w, 'lower']),
  ...UPPER_BEFORE.map((w): [string, Side] => [w, 'upper']),
].sort((a, b) => byLength(a[0], b[0]));
const AFTER: [string, Side][] = [
  ...LOWER_AFTER.map((w): [string, Side] => [w, 'lower']),
  ...UPPER_AFTER.map((w): [string, Side] => [w, 'upper']),
].sort((a, b) => byLength(a[0], b[0]));

/** up to BOUND_LOOK non-space characters next to a number, and where each stands */
interface Chars {
  s: string;
  /** the text position of each character of s; null when s is text[from, from + s.length) (no space in it) */
  at: number[] | null;
  from: number;
}
const posOf = (c: Chars, k: number): number => (c.at ? c.at[k]! : c.from + k);
const isSpaceCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09;

function charsBefore(text: string, pos: number): Chars {
  // nearly always there is no space there: one slice, no array (this runs for every candidate near a bound word's character)
  const lo = Math.max(0, pos - BOUND_LOOK);
  let spaced = false;
  for (let i = lo; i < pos && !spaced; i++) spaced = isSpaceCode(text.charCodeAt(i));
  if (!spaced) return { s: text.slice(lo, pos), at: null, from: lo };
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = pos - 1; i >= 0 && chars.length < BOUND_LOOK; i--) {
    if (isSpace(text[i])) continue;
    chars.push(text[i]!);
    at.push(i);
  }
  return { s: chars.reverse().join(''), at: at.reverse(), from: 0 };
}

function charsAfter(text: string, pos: number): Chars {
  const hi = Math.min(text.length, pos + BOUND_LOOK);
  let spaced = false;
  for (let i = pos; i < hi && !spaced; i++) spaced = isSpaceCode(text.charCodeAt(i));
  if (!spaced) return { s: text.slice(pos, hi), at: null, from: pos };
  let s = '';
  const at: number[] = [];
  for (let i = pos; i < text.length && s.length < BOUND_LOOK; i++) {
    if (isSpace(text[i])) continue;
    s += text[i];
    at.push(i);
  }
  return { s, at, from: 0 };
}

// first and last characters of the bound words: most figures have none of them around, and are passed over at once
const BEFORE_ENDS = BEFORE.map(([w]) => w.charCodeAt(w.length - 1));
// (tables by char code: this test runs for every candidate)
const BEFORE_LAST = charTable([...BEFORE.map(([w]) => w[w.length - 1]!), ...BOUND_FILLERS.map((f) => f[f.length - 1]!), '比']);
const AFTER_FIRST = charTable(AFTER.map(([w]) => w[0]!));
/** the code of the first non-space character from i on in direction step (within 4), or 0 */
function nearChar(text: string, i: number, step: 1 | -1): number {
  for (let n = 0; n < 4 && i >= 0 && i < text.length; n++, i += step) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x3000 && c !== 0x09) return c;
  }
  return 0;
}

function boundOf(text: string, c: Candidate): Bound | null {
  if (!BEFORE_LAST[nearChar(text, c.start - 1, -1)] && !AFTER_FIRST[nearChar(text, c.end, 1)]) return null;
  const before = charsBefore(text, c.start);
  const after = charsAfter(text, c.end);
  let s = before.s;
  for (const f of BOUND_FILLERS) if (s.endsWith(f)) { s = s.slice(0, -f.length); break; }
  const sLast = s.charCodeAt(s.length - 1);
  const bLast = before.s.charCodeAt(before.s.length - 1);
  for (let k = 0; k < BEFORE.length; k++) {
    const [w, side] = BEFORE[k]!;
    // (a word can only end the text where its last character does: compared by code before endsWith)
    if (BEFORE_ENDS[k] === sLast && s.endsWith(w)) return { side, from: posOf(before, s.length - w.length), to: c.start };
    if (BEFORE_ENDS[k] === bLast && before.s.endsWith(w)) return { side, from: posOf(before, before.s.length - w.length), to: c.start };
  }
  // 比三十大, 比 170 低
  if (before.s.endsWith('比') && after.s) {
    const side: Side | null = MORE_THAN.has(after.s[0]!) ? 'lower' : LESS_THAN.has(after.s[0]!) ? 'upper' : null;
    if (side) return { side, from: posOf(before, before.s.length - 1), to: posOf(after, 0) + 1 };
  }
  for (const [w, side] of AFTER) {
    if (!after.s.startsWith(w)) continue;
    // 30多, 1万多 (no unit yet) are "more than"; after a unit 多/余 open words (300万元余额, 3个多元化)
    if (MORE_MARKS.has(w) && c.unit !== null) continue;
    return { side, from: c.start, to: posOf(after, w.length - 1) + 1 };
  }
  return null;
}

/** the approximate range the reader found (七八百), scaled like the figure's value */
function readRange(c: Candidate): { min: number; max: number } | null {
  const up = c.token.read.upper;
  if (!up) return null;
  const written = toNumber(c.token.read.value);
  if (written === 0) return null;
  const other = (toNumber(up) * c.value) / written;
  // 负三四 is −3 to −4: the written end is the high one when the sign is negative
  return c.value <= other ? { min: c.value, max: other } : { min: other, max: c.value };
}

function hasMoreMark(text: string, c: Candidate): boolean {
  // 五百多个: the mark stands between number and unit
  if (c.approx && MORE_MARKS.has(text[c.token.end] ?? '') && c.unitEnd > c.token.end + 1) return true;
  if (!c.token.read.approx) return false;
  for (const ch of c.token.raw) if (MORE_MARKS.has(ch)) return true;
  return false;
}

const sameUnit = (a: Candidate, b: Candidate) => a.unit === b.unit || a.unit === null || b.unit === null;

export function resolveBounds(text: string, cands: Candidate[]): Candidate[] {
  const bounds = new Map<Candidate, Bound>();
  for (const c of cands) {
    if (c.range || c.kind === 'time') continue;
    const r = readRange(c);
    if (r) {
      c.range = r;
      continue;
    }
    const b = boundOf(text, c);
    if (b) {
      bounds.set(c, b);
      c.range = b.side === 'lower' ? { min: c.value, max: null } : { min: null, max: c.value };
    } else if (hasMoreMark(text, c)) c.range = { min: c.value, max: null };
  }
  const out: Candidate[] = [];
  for (const c of cands) {
    const a = out[out.length - 1];
    if (a && sameUnit(a, c)) {
      const merged = mergeBounds(text, a, c, bounds) ?? between(text, a, c);
      if (merged) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** 大于10小于20: a lower and an upper bound with only joining words between */
function mergeBounds(text: string, a: Candidate, b: Candidate, bounds: Map<Candidate, Bound>): Candidate | null {
  const ba = bounds.get(a);
  const bb = bounds.get(b);
  if (!ba || !bb || ba.side === bb.side) return null;
  const gapFrom = Math.max(a.end, ba.to);
  const gapTo = Math.min(b.start, bb.from);
  if (gapTo < gapFrom || !BOUND_JOINS.test(text.slice(gapFrom, gapTo))) return null;
  const min = ba.side === 'lower' ? a.value : b.value;
  const max = ba.side === 'lower' ? b.value : a.value;
  if (min > max) return null;
  return { ...a, end: b.end, unitEnd: b.unitEnd, lastToken: b.lastToken, range: { min, max }, unit: a.unit ?? b.unit };
}

/** 20和30之间, 10000与20000间 */
function between(text: string, a: Candidate, b: Candidate): Candidate | null {
  if (a.range || b.range) return null;
  // 10000与20000间: the 间 read as a classifier (rooms) is the 间 of "between"
  const bEnd = b.unit === '间' && (text[b.end - 1] === '间' || text[b.end - 1] === '間') ? b.end - 1 : b.end;
  if (!BETWEEN_JOIN.test(text.slice(a.end, b.start)) || !BETWEEN_AFTER.test(text.slice(bEnd, bEnd + 4))) return null;
  if (!(a.value < b.value)) return null;
  const unit = bEnd < b.end ? a.unit : a.unit ?? b.unit;
  return { ...a, end: bEnd, unitEnd: bEnd, lastToken: b.lastToken, range: { min: a.value, max: b.value }, unit };
}
