// The key term a heading is built on, read without a segmenter:
//  1. a short quoted term (答好“学习卷” → 学习, generic 卷/篇 stripped);
//  2. else the part that varies between parallel sibling headings (坚持X / 坚持Y → X, Y);
//  3. else a short phrase of the heading: its first clause without numbering, a
//     leading year or leading task verbs; cut to 4 characters when still long
//     (the object at the end after a verb, the subject at the start otherwise).
import { NUMBER_FAMILIES } from './data/headings.js';
import { GENERIC_SUFFIXES, LEAD_VERBS, QUOTED_MAX, QUOTES, THEME_CUT, THEME_MAX } from './data/themes.js';

const CLAUSE_END = /[，,、：:；;。！？!?\s（(—]/;
const YEAR_LEAD = /^\d{4}年(?:度)?/;
const verbs = [...LEAD_VERBS].sort((a, b) => b.length - a.length);

/** Heading text without its number (一、 （一） 1. …). */
export function stripNumber(heading: string): string {
  for (const f of NUMBER_FAMILIES) {
    const m = f.pattern.exec(heading);
    if (m) return heading.slice(m[0].length).trim();
  }
  return heading.trim();
}

export function quotedTheme(heading: string): string | null {
  for (const [open, close] of QUOTES) {
    let from = 0;
    for (;;) {
      const a = heading.indexOf(open, from);
      if (a < 0) break;
      const b = heading.indexOf(close, a + open.length);
      if (b < 0) break;
      const inner = [...heading.slice(a + open.length, b).trim()];
      if (inner.length >= 1 && inner.length <= QUOTED_MAX) {
        if (inner.length > 2 && GENERIC_SUFFIXES.includes(inner[inner.length - 1]!)) inner.pop();
        return inner.join('');
      }
      from = b + close.length;
    }
  }
  return null;
}

function stripVerbs(s: string): { rest: string; hadVerb: boolean } {
  let rest = s;
  let hadVerb = false;
  for (let again = true; again; ) {
    again = false;
    for (const v of verbs) {
      if (rest.startsWith(v) && rest.length - v.length >= 2) {
        rest = rest.slice(v.length);
        hadVerb = again = true;
        break;
      }
    }
  }
  return { rest, hadVerb };
}

/** A short term from a phrase: first clause, lead verbs off, cut to a 4-character head. */
export function phraseTheme(phrase: string): string | null {
  let s = phrase.replace(YEAR_LEAD, '');
  const cut = CLAUSE_END.exec(s);
  if (cut) s = s.slice(0, cut.index);
  const { rest, hadVerb } = stripVerbs(s);
  const cps = [...rest];
  if (cps.length === 0) return null;
  if (cps.length <= THEME_MAX) return rest;
  return (hadVerb ? cps.slice(-THEME_CUT) : cps.slice(0, THEME_CUT)).join('');
}

const HAN = /[\u3400-\u9fff]/;

/** Shared opening of all strings, backed off to whole Han characters (201|8年 is no opening). */
function commonPrefix(xs: string[]): number {
  let n = 0;
  const first = xs[0]!;
  while (n < first.length && xs.every((x) => x[n] === first[n])) n++;
  while (n > 0 && !HAN.test(first[n - 1]!) && !QUOTE_OPENERS.has(first[n - 1]!)) n--;
  return n;
}

const QUOTE_OPENERS = new Set(QUOTES.map(([open]) => open));

/** Themes of sibling headings (same parent, same kind), in order. */
export function siblingThemes(headings: string[]): Array<string | null> {
  const bare = headings.map((h) => stripNumber(h).replace(YEAR_LEAD, ''));
  const p = bare.length >= 2 ? commonPrefix(bare) : 0;
  return bare.map((h) => {
    const q = quotedTheme(h);
    if (q) return q;
    if (p >= 2 && h.length > p) {
      const varying = phraseTheme(h.slice(p));
      if (varying) return varying;
    }
    return phraseTheme(h);
  });
}
