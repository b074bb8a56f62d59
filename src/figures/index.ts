// wenxi's figure extractor: numbers with units or counted nouns, as Chinese
// news and government reports write them. Pure text processing (no segmenter):
//   scan numeric runs → extractors propose candidates → refiners resolve overlaps,
//   drop non-figures, set approx, category, label and period → code point offsets.
import { CodePointMap } from '../text/codepoints.js';
import { splitSentences } from '../text/sentences.js';
import type { Figure, FigureCategory, Span } from '../types.js';
import type { Candidate, ExtractContext } from './candidate.js';
import { EXTRACTORS } from './extractors/index.js';
import { markApprox } from './refiners/approx.js';
import { resolveBounds } from './refiners/bounds.js';
import { inheritElidedCategories, refineCategory } from './refiners/category.js';
import { attachLabels } from './refiners/label.js';
import { isNegative } from './refiners/negatives.js';
import { removeOverlaps } from './refiners/overlap.js';
import { framingPeriod } from './refiners/period.js';
import { type NumberToken, scanNumbers } from './scan.js';
import { mayOpenUnit } from './data/units.js';
import { sentenceWindow } from './sentence-window.js';

export interface FigureOptions {
  /** also report bare numbers without unit (unit null, category 'other') */
  all?: boolean;
  /** keep only these */
  categories?: FigureCategory[];
  /** code point spans (boilerplate) whose figures are dropped */
  exclude?: Span[];
}

export { readNumber, formatChineseNumber } from './numbers/index.js';

/** every candidate the extractors propose, before refining (for --debug and tests) */
export function findCandidates(text: string, all = false): Candidate[] {
  const tokens = scanNumbers(text);
  const ctx: ExtractContext = { text, tokens, all };
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!all && !worthTrying(text, tokens[i]!)) continue;
    for (const ex of EXTRACTORS) {
      const c = ex.extract(ctx, i);
      if (c) out.push(c);
    }
  }
  return out;
}

const AFTER_MARKS = new Set(['餘', '成', '折', '/', '／', 'e', 'E', '又', '余', '多', '至', '到', '-', '~', '～', '—', '－', '–', '×', 'x', 'X', '*', '＊', '✕', '元', '块']);
const BEFORE_MARKS = new Set(['￥', '¥', '$', '＄', '€', '£', '币', '元']);

/** most numeral runs (一 in 统一, digits of dates) cannot start a figure: skip them early */
function worthTrying(text: string, t: NumberToken): boolean {
  if (t.read.denominator || t.multiplierExp >= 4) return true;
  let e = t.end;
  // 168 cm, 十 成: a unit after a space or two
  while ((text[e] === ' ' || text[e] === '\u3000') && e - t.end < 4) e++;
  if (e > t.end) return mayOpenUnit(text, e) || AFTER_MARKS.has(text[e] ?? '');
  const next = text[e] ?? '';
  const before = text[t.start - 1] ?? '';
  // (RMB10, US$5: a currency code in capitals before the number)
  return mayOpenUnit(text, t.end) || AFTER_MARKS.has(next) || BEFORE_MARKS.has(before) || (before >= 'A' && before <= 'Z');
}

function inSpans(spans: Span[], cp: number): boolean {
  for (const s of spans) if (s.start <= cp && cp < s.end) return true;
  return false;
}

export function extractFigures(text: string, options: FigureOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const map = new CodePointMap(text);
  let cands = removeOverlaps(findCandidates(text, options.all ?? false)).filter((c) => !isNegative(text, c, options.all ?? false));
  const exclude = options.exclude ?? [];
  if (exclude.length) cands = cands.filter((c) => !inSpans(exclude, map.toCp(c.start)));
  cands = resolveBounds(text, cands);
  for (const c of cands) {
    markApprox(text, c);
    refineCategory(text, c);
  }
  inheritElidedCategories(text, cands);
  attachLabels(text, cands);
  const keep = options.categories?.length ? new Set(options.categories) : null;
  if (keep) cands = cands.filter((c) => keep.has(c.category));

  const figures: Figure[] = [];
  // sentences never cross a line end, so only lines holding a figure are split
  let lineStart = -1;
  let lineEnd = -1;
  let sentences: { start: number; end: number }[] = [];
  let s = 0;
  for (const c of cands) {
    if (c.start >= lineEnd) {
      lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      const nl = text.indexOf('\n', c.start);
      lineEnd = nl < 0 ? text.length : nl;
      sentences = splitSentences(text, lineStart, lineEnd);
      s = 0;
    }
    while (s < sentences.length && sentences[s]!.end <= c.start) s++;
    const sent = sentences[s];
    const sentence = sent && sent.start <= c.start ? sentenceWindow(text, sent.start, sent.end, c.start, c.end) : text.slice(c.start, c.end);
    const f: Figure = {
      text: text.slice(c.start, c.end),
      value: c.value,
      unit: c.unit,
      category: c.category,
      label: c.label ?? null,
      approx: c.approx,
      start: map.toCp(c.start),
      end: map.toCp(c.end),
      sentence,
      section: null,
    };
    if (c.range) f.range = c.range;
    if (c.discount) f.discount = true;
    const period = framingPeriod(sentence);
    if (period) f.period = period;
    figures.push(f);
  }
  return figures;
}
