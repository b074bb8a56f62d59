// Classifier figures take the category of the noun they count (6个项目 →
// projects, 小二型水库8个 → facilities); amounts described as production or
// storage capacity become `capacity` (年产40万件, 100万吨制盐).
import type { Candidate } from '../candidate.js';
import { CAPACITY_FOLLOWERS, CAPACITY_WORDS, COUNTED_NOUNS, GENERIC_CLASSIFIERS } from '../data/nouns.js';
import { clauseEnd, clauseStart } from './clause.js';
import { indexWords, wordsAt, type WordIndex } from '../word-index.js';

let nounIndex: WordIndex | null = null;
/** counted nouns starting at s[i], longest first */
function nounsAt(s: string, i: number): string[] | undefined {
  return wordsAt((nounIndex ??= indexWords(Object.keys(COUNTED_NOUNS))), s, i);
}

/** the earliest counted noun in s, longest first at a position */
export function firstNoun(s: string): { noun: string; at: number } | null {
  for (let i = 0; i < s.length; i++) {
    const list = nounsAt(s, i);
    if (list) for (const n of list) if (s.startsWith(n, i)) return { noun: n, at: i };
  }
  return null;
}

/** the counted noun nearest the end of s (项目 in 新签约落地项目) */
export function lastNoun(s: string): { noun: string; at: number } | null {
  for (let i = s.length - 1; i >= 0; i--) {
    const list = nounsAt(s, i);
    // the longest noun starting here (小二型水库: 水库 is found at 水)
    if (list) for (const n of list) if (i + n.length <= s.length && s.startsWith(n, i)) return { noun: n, at: i };
  }
  return null;
}

/** the noun phrase right after a figure, up to the clause break */
export function textAfter(text: string, c: Candidate): string {
  let e = c.end;
  // skip inner approx words and the like, and quotes that only open a name
  return text.slice(e, clauseEnd(text, e));
}

export function refineCategory(text: string, c: Candidate): void {
  const generic = c.kind === 'classifier' && c.unit !== null && GENERIC_CLASSIFIERS.has(c.unit);
  const amount = (c.kind === 'measure' && c.category === 'quantity') || c.unit === '件';
  // most figures are neither: no clause is sliced for them
  if (!generic && !amount) return;
  const before = text.slice(clauseStart(text, c.start), c.start);
  const after = textAfter(text, c);
  if (generic) {
    const a = firstNoun(after.slice(0, 14));
    const b = a ? null : lastNoun(before);
    const hit = a ?? b;
    if (hit) {
      c.category = COUNTED_NOUNS[hit.noun]!;
      c.counted = hit.noun;
    }
  }
  // only amounts (吨, 立方米) and produced pieces (件) can be capacities; 30个省市…项目 counts provinces
  if ((c.kind === 'measure' && c.category === 'quantity') || c.unit === '件') {
    const near = before.slice(-12);
    if (CAPACITY_WORDS.some((w) => near.includes(w)) || CAPACITY_FOLLOWERS.some((w) => after.slice(0, 12).includes(w))) c.category = 'capacity';
  }
}

/** How far back (UTF-16) an elided count looks for the count it continues. */
const ELLIPSIS_REACH = 40;
const SENTENCE_END = /[。！？!?；;\n]/;

/**
 * 项目45个，其中新开工18个，竣工投产12个: a generic classifier count with no
 * noun of its own continues the count before it in the same sentence, with the
 * same classifier, and counts the same thing.
 */
export function inheritElidedCategories(text: string, cands: Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'classifier' || c.counted || c.unit === null || !GENERIC_CLASSIFIERS.has(c.unit)) continue;
    const p = cands[i - 1]!;
    if (p.unit !== c.unit || !p.counted || c.start - p.end > ELLIPSIS_REACH) continue;
    if (SENTENCE_END.test(text.slice(p.end, c.start))) continue;
    c.category = p.category;
    c.counted = p.counted;
  }
}
