// Figures of interest to an analyst, and what 户 counts. 户 counts households
// unless the clause counts accounts or enterprises (开户数…35000户, 日均新设
// 企业超过1.8万户: quantity); a Chinese-numeral 户 before a place suffix is a
// place name (十三户村), and 八个字 or 1个工作日 count characters and days.
import type { Candidate } from '../candidate.js';
import { HOUSEHOLD_WORDS, NOT_HOUSEHOLDS, NOT_OF_INTEREST_AFTER, PLACE_SUFFIXES } from '../data/households.js';
import { clauseStart } from './clause.js';

/** How far back (UTF-16) the words of a 户 count are looked for. */
const NEAR = 16;
const CHINESE_NUMERAL = /^[一二两三四五六七八九十百千]+$/;

function lastAt(s: string, words: string[]): number {
  let best = -1;
  for (const w of words) best = Math.max(best, s.lastIndexOf(w));
  return best;
}

/** households → quantity when the clause counts accounts or enterprises */
export function refineHouseholds(text: string, c: Candidate): void {
  if (c.unit !== '户' || c.category !== 'households') return;
  const before = text.slice(Math.max(clauseStart(text, c.start), c.start - NEAR), c.start);
  const not = lastAt(before, NOT_HOUSEHOLDS);
  if (not >= 0 && not > lastAt(before, HOUSEHOLD_WORDS)) c.category = 'quantity';
}

/** a number that is not a figure of interest: a place name (十三户村), a slogan's length (八个字), a duration (1个工作日) */
export function notOfInterest(text: string, c: Candidate): boolean {
  const written = text.slice(c.start, c.end);
  if (c.unit === '户' && CHINESE_NUMERAL.test(written.slice(0, -1)) && PLACE_SUFFIXES.some((p) => text.startsWith(p, c.end))) return true;
  if (c.kind === 'classifier' && (c.unit === '个' || c.unit === null) && NOT_OF_INTEREST_AFTER.some((w) => text.startsWith(w, c.end))) return true;
  return false;
}
