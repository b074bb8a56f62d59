// What follows a number: inner 余/多, then the unit (longest match from the table).
import { INNER_APPROX } from '../data/numerals.js';
import { UNITS, type UnitDef, matchUnit } from '../data/units.js';

export interface UnitMatch {
  /** where the unit starts (after any 余/多) */
  at: number;
  end: number;
  written: string;
  def: UnitDef;
  approx: boolean;
}

export function unitAfter(text: string, pos: number): UnitMatch | null {
  let at = pos;
  let approx = false;
  if (INNER_APPROX.has(text[at] ?? '') && text[at] !== '来' && text[at] !== '几') {
    const u = matchUnit(text, at + 1);
    if (!u) return null;
    approx = true;
    at++;
  }
  const written = matchUnit(text, at);
  if (!written) return null;
  return { at, end: at + written.length, written, def: UNITS[written]!, approx };
}
