// Headings → a flat section list in text order with parents and levels, each
// spanning from its heading to the next heading of the same or a shallower
// level (or the end of the body). Body text before the first heading becomes a
// level-1 section without a heading, so the lead paragraph stays visible.
import type { RawSpan } from '../text/sentences.js';
import type { HeadingCandidate } from './headings.js';
import { siblingThemes } from './theme.js';

export interface RawSection {
  level: number;
  parent: number | null;
  heading: string | null;
  headingSpan: RawSpan | null;
  theme: string | null;
  start: number;
  end: number;
  sentences: number[];
  /** internal: the rule that found the heading, for sibling grouping */
  source: string | null;
}

/**
 * `sentences` are the body sentences in order (UTF-16); a section's sentences
 * are those inside its range, descendants included, heading lines excluded.
 */
export function buildSections(
  headings: HeadingCandidate[],
  sentences: RawSpan[],
  bodyStart: number,
  bodyEnd: number,
): RawSection[] {
  const out: RawSection[] = [];
  // A section starts at its heading's line (Markdown hashes included).
  const lineStart = (h: HeadingCandidate) => h.lineStart ?? h.start;
  const firstHeading = headings.length ? lineStart(headings[0]!) : bodyEnd;
  if (headings.length === 0 || (sentences.length && sentences[0]!.start < firstHeading)) {
    out.push(blank(bodyStart, headings.length ? firstHeading : bodyEnd));
  }

  const stack: Array<{ rank: number; index: number }> = [];
  for (const h of headings) {
    while (stack.length && stack[stack.length - 1]!.rank >= h.rank) stack.pop();
    const parent = stack.length ? stack[stack.length - 1]!.index : null;
    out.push({
      level: stack.length + 1,
      parent,
      heading: h.text,
      headingSpan: { start: h.start, end: h.end },
      theme: null,
      start: lineStart(h),
      end: bodyEnd,
      sentences: [],
      source: h.source,
    });
    stack.push({ rank: h.rank, index: out.length - 1 });
  }

  // End: the next section at the same or a shallower level.
  const open: number[] = [];
  out.forEach((s, i) => {
    while (open.length && out[open[open.length - 1]!]!.level >= s.level) out[open.pop()!]!.end = s.start;
    open.push(i);
  });

  assignSentences(out, sentences);
  assignThemes(out);
  return out;
}

function blank(start: number, end: number): RawSection {
  return { level: 1, parent: null, heading: null, headingSpan: null, theme: null, start, end, sentences: [], source: null };
}

function assignSentences(sections: RawSection[], sentences: RawSpan[]): void {
  const inHeading = (s: RawSpan, k: number): boolean => {
    // headings are in text order; a sentence is a heading line's if it lies inside one
    const h = sections[k]!.headingSpan;
    return h !== null && s.start >= sections[k]!.start && s.end <= h.end;
  };
  // Walk sentences once; each sentence belongs to its innermost section and all ancestors.
  let k = 0;
  sentences.forEach((s, i) => {
    while (k + 1 < sections.length && sections[k + 1]!.start <= s.start) k++;
    if (s.start < sections[k]!.start || inHeading(s, k)) return;
    for (let j: number | null = k; j !== null; j = sections[j]!.parent) {
      if (s.start < sections[j]!.end) sections[j]!.sentences.push(i);
    }
  });
}

function assignThemes(sections: RawSection[]): void {
  const groups = new Map<string, number[]>();
  sections.forEach((s, i) => {
    if (s.heading === null) return;
    const key = `${s.parent}|${s.source}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(i);
  });
  for (const members of groups.values()) {
    const themes = siblingThemes(members.map((i) => sections[i]!.heading!));
    members.forEach((i, k) => (sections[i]!.theme = themes[k] ?? null));
  }
}
