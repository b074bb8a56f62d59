// Which sentences may be key sentences and how much their position and
// opening count: the rules on top of the sentence graph's centrality.
import { codePointLength } from '../text/codepoints.js';
import {
  DEPENDENT_FACTOR,
  DEPENDENT_OPENING,
  FURNITURE_IN_SENTENCE,
  HEADLINE_ECHO,
  LEAD_LOOKAHEAD,
  LEAD_MIN,
  LEAD_PRIOR,
  LEAD_SUMMARY_CHARS,
  QUOTABLE_MAX,
  SHORT_NEWS_MAX,
} from './selection-data.js';

export interface Quotable {
  text: string;
  /** inside a table-like run of the article (flattened cells, a glued table) */
  table?: boolean;
}

/** A sentence a person would quote: not a table, not a 500-character run-on, no page furniture glued in. */
export function isQuotable(s: Quotable): boolean {
  return !s.table && codePointLength(s.text) <= QUOTABLE_MAX && !FURNITURE_IN_SENTENCE.test(s.text);
}

/**
 * Multiplier of a candidate's centrality: the section's opening sentences say
 * what it is about (a prior fading with position among the candidates), and a
 * sentence that leans on the one before (其中，…) reads badly alone.
 */
export function selectionPrior(s: Quotable, position: number): number {
  const lead = 1 + LEAD_PRIOR / (1 + position);
  return DEPENDENT_OPENING.test(s.text) ? lead * DEPENDENT_FACTOR : lead;
}

interface LeadSentence extends Quotable {
  start: number;
  end: number;
}

/**
 * Short news without headed sections is written lead first: its first
 * quotable sentences, up to LEAD_SUMMARY_CHARS, are its summary. Returns null
 * for anything else (reports, long or sectioned articles).
 */
export function newsLead(
  sections: Array<{ heading: string | null; parent: number | null }>,
  sentences: LeadSentence[],
  title: string | null = null,
): Array<{ text: string; start: number; end: number; score: number }> | null {
  if (sections.some((s) => s.heading !== null && s.parent === null)) return null;
  let chars = 0;
  for (const s of sentences) chars += codePointLength(s.text);
  if (chars > SHORT_NEWS_MAX || sentences.length === 0) return null;
  const out: Array<{ text: string; start: number; end: number; score: number }> = [];
  let used = 0;
  for (const s of fromHeadlineLead(sentences, title)) {
    if (!isQuotable(s) || codePointLength(s.text) < LEAD_MIN) continue;
    const n = codePointLength(s.text);
    if (out.length && used + n > LEAD_SUMMARY_CHARS) break;
    out.push({ text: s.text, start: s.start, end: s.end, score: 1 / (1 + out.length) });
    used += n;
  }
  return out.length ? out : null;
}

/** Character bigrams of the Han and digit runs of a string (full-width digits folded). */
function bigrams(s: string): Set<string> {
  const units = [...s.normalize('NFKC')].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < units.length; i++) out.add(units[i]! + units[i + 1]!);
  return out;
}

/**
 * A news item may open on a scene-setting deck (党代会分团讨论会上，代表们…);
 * the lead proper restates the headline. Start at the first of the opening
 * sentences that shares HEADLINE_ECHO bigrams with the headline, if any does.
 */
function fromHeadlineLead<T extends LeadSentence>(sentences: T[], title: string | null): T[] {
  if (!title) return sentences;
  const head = bigrams(title);
  const opening = sentences.slice(0, LEAD_LOOKAHEAD);
  const echo = (s: T) => {
    let n = 0;
    for (const g of bigrams(s.text)) if (head.has(g)) n++;
    return n;
  };
  const k = opening.findIndex((s) => isQuotable(s) && echo(s) >= HEADLINE_ECHO);
  return k > 0 ? sentences.slice(k) : sentences;
}

/**
 * A section's key sentences carry its figures: when the candidates (ranked,
 * heaviest first) hold a sentence with figures, the heaviest of them is picked
 * first, ahead of a figure-less opening. Returns its index in `ranked`, or -1.
 */
export function figureFirst<T extends { item: number }>(ranked: T[], figures: (item: number) => number): number {
  return ranked.findIndex((r) => figures(r.item) > 0);
}
