// wenxi's figure extractor: numbers with units or counted nouns, as Chinese
// news and government reports write them. Pure text processing (no segmenter):
//   scan numeric runs → extractors propose candidates → refiners resolve overlaps,
//   drop non-figures, set approx, category, label and period → code point offsets.
import { CodePointMap } from '../text/codepoints.js';
import { type RawSpan, SentenceReader } from '../text/sentences.js';
import type { Figure, FigureCategory, FigureStatus, Span } from '../types.js';
import { type Candidate, type ExtractContext, shaped } from './candidate.js';
import { EXTRACTORS } from './extractors/index.js';
import { wordFigures } from './extractors/word-figures.js';
import { markApprox } from './refiners/approx.js';
import { resolveBounds } from './refiners/bounds.js';
import { inheritElidedCategories, refineCategory } from './refiners/category.js';
import { type CurrencyContext, currencyContext, refineCurrency } from './refiners/currency.js';
import { attachLabels, keepLabelsOnWords } from './refiners/label.js';
import { isNegative } from './refiners/negatives.js';
import { removeOverlaps } from './refiners/overlap.js';
import { attachChanges } from './refiners/change.js';
import { attachItems, attachParallelItems } from './refiners/items.js';
import { notOfInterest, refineHouseholds } from './refiners/interest.js';
import { inYear, PeriodReader } from './refiners/period.js';
import { StatusReader } from './refiners/status.js';
import { type NumberToken, scanNumbers } from './scan.js';
import { mayOpenUnit } from './data/units.js';
import { sentenceWindow } from './sentence-window.js';
import { charTable } from '../text/char-table.js';

export interface FigureOptions {
  /** also report bare numbers without unit (unit null, category 'other') */
  all?: boolean;
  /** keep only these */
  categories?: FigureCategory[];
  /** code point spans (boilerplate) whose figures are dropped */
  exclude?: Span[];
  /** code point spans (a report's top-level sections) that set a default status and period for their figures */
  frames?: FigureFrame[];
  /** the article's year: resolves 今年/去年 and tells a future 到2020年 from a past one */
  year?: number | null;
  /** keep only figures of this status */
  status?: FigureStatus;
  /** record on each figure which rules produced it (`explain`) */
  explain?: boolean;
}

/** a stretch of the text whose figures default to a status and a period (a section of a work report) */
export interface FigureFrame extends Span {
  status: FigureStatus | null;
  period?: string;
  /** the year the heading names (2019年政府工作任务): resolves 今年 when the article has no date */
  year?: number | null;
  heading: string | null;
}

export { readNumber, formatChineseNumber } from './numbers/index.js';

/** every candidate the extractors propose, before refining (for --debug and tests) */
export function findCandidates(text: string, all = false, from = 0, to = text.length): Candidate[] {
  const tokens = scanNumbers(text, from, to);
  const ctx: ExtractContext = { text, tokens, all };
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!all && !worthTrying(text, tokens[i]!)) continue;
    for (const ex of EXTRACTORS) {
      const c = ex.extract(ctx, i);
      if (c) out.push(shaped(c));
    }
  }
  for (const c of wordFigures(text, from, to)) out.push(shaped(c));
  return out;
}

const AFTER_MARKS = charTable(['餘', '成', '折', '/', '／', 'e', 'E', '又', '余', '多', '至', '到', '-', '~', '～', '—', '－', '–', '×', 'x', 'X', '*', '＊', '✕', '元', '块']);
const BEFORE_MARKS = charTable(['￥', '¥', '$', '＄', '€', '£', '币', '元']);

/** most numeral runs (一 in 统一, digits of dates) cannot start a figure: skip them early */
function worthTrying(text: string, t: NumberToken): boolean {
  if (t.read.denominator || t.multiplierExp >= 4) return true;
  let e = t.end;
  // 168 cm, 十 成: a unit after a space or two
  while ((text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0x3000) && e - t.end < 4) e++;
  // (tables by code: NaN past the end of the text reads as undefined, not a mark)
  if (e > t.end) return mayOpenUnit(text, e) || AFTER_MARKS[text.charCodeAt(e)] === 1;
  const before = text.charCodeAt(t.start - 1);
  // (RMB10, US$5: a currency code in capitals before the number)
  return mayOpenUnit(text, t.end) || AFTER_MARKS[text.charCodeAt(e)] === 1 || BEFORE_MARKS[before] === 1 || (before >= 0x41 && before <= 0x5a);
}

function inSpans(spans: Span[], cp: number): boolean {
  for (const s of spans) if (s.start <= cp && cp < s.end) return true;
  return false;
}

function frameAt(frames: FigureFrame[], cp: number): FigureFrame | null {
  for (const f of frames) if (f.start <= cp && cp < f.end) return f;
  return null;
}

/**
 * Text is refined in parts of about this many UTF-16 units, cut after a line
 * end: no figure, label, sentence or list crosses a line, so the parts give
 * the figures of the whole, while the objects alive at a time (tokens,
 * candidates) stay few — the young-generation collections that copy them were
 * the largest single cost on big inputs.
 */
const PART = 1 << 15;

export function extractFigures(text: string, options: FigureOptions = {}): Figure[] {
  return extractFiguresInParts(text, options, PART);
}

/** extractFigures with parts of another size (tests: parts of one line must give the figures of the whole) */
export function extractFiguresInParts(text: string, options: FigureOptions, part: number): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const run = new FigureRun(text, options);
  for (let from = 0; from < text.length; ) {
    // (the last part ends at the text's end, not one past it: a scan bound past
    // the end once made V8 recompile the scanner's per-character loop generically)
    const nl = from + part >= text.length ? -1 : text.indexOf('\n', from + part);
    const to = nl < 0 ? text.length : nl + 1;
    run.part(from, to);
    from = to;
  }
  return run.figures;
}

/** one text's figures, refined part by part in text order; what holds for the whole text is read once */
class FigureRun {
  readonly figures: Figure[] = [];
  private readonly map: CodePointMap;
  private readonly currency: CurrencyContext;
  private readonly periods: PeriodReader;
  private readonly statuses: StatusReader;

  constructor(
    private readonly text: string,
    private readonly options: FigureOptions,
  ) {
    this.map = new CodePointMap(text);
    this.currency = currencyContext(text);
    this.periods = new PeriodReader(text, options.year ?? null);
    this.statuses = new StatusReader(text, options.year ?? null);
  }

  part(from: number, to: number): void {
    const { text, options, map } = this;
    let cands = removeOverlaps(findCandidates(text, options.all ?? false, from, to)).filter((c) => !isNegative(text, c, options.all ?? false));
    const exclude = options.exclude ?? [];
    if (exclude.length) cands = cands.filter((c) => !inSpans(exclude, map.toCp(c.start)));
    cands = resolveBounds(text, cands);
    cands = cands.filter((c) => !notOfInterest(text, c));
    for (const c of cands) {
      markApprox(text, c);
      refineCategory(text, c);
      refineHouseholds(text, c);
    }
    inheritElidedCategories(text, cands);
    refineCurrency(text, cands, this.currency);
    attachLabels(text, cands);
    keepLabelsOnWords(text, cands);
    attachItems(text, cands);
    attachParallelItems(text, cands);
    attachChanges(text, cands);
    const keep = options.categories?.length ? new Set(options.categories) : null;
    if (keep) cands = cands.filter((c) => keep.has(c.category));
    this.emit(cands);
  }

  private emit(cands: Candidate[]): void {
    const { text, options, map, periods, statuses, figures } = this;
    const frames = options.frames ?? [];
    const year = options.year ?? null;
    // sentences never cross a line end, so only lines holding a figure are split,
    // and each only as far as its last figure's sentence
    let lineStart = -1;
    let lineEnd = -1;
    let reader: SentenceReader | null = null;
    let sent: RawSpan | null = null;
    for (const c of cands) {
      if (c.start >= lineEnd) {
        lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
        const nl = text.indexOf('\n', c.start);
        lineEnd = nl < 0 ? text.length : nl;
        reader = new SentenceReader(text, lineStart, lineEnd);
        sent = reader.next();
      }
      while (sent && sent.end <= c.start) sent = reader!.next();
      const sentence = sent && sent.start <= c.start ? sentenceWindow(text, sent.start, sent.end, c.start, c.end) : text.slice(c.start, c.end);
      const start = map.toCp(c.start);
      const sentenceStart = sent && sent.start <= c.start ? sent.start : c.start;
      const frame = frameAt(frames, start);
      const read = periods.read(sentenceStart, c.start, year ?? frame?.year ?? null);
      const period = read ? inYear(read, frame?.year ?? null) : frame?.period;
      const st = statuses.read(sentenceStart, c.start, frame);
      let explain: Figure['explain'];
      if (options.explain) {
        explain = { extractor: c.tag, label: c.labelRule ?? 'none', status: st.why };
        if (c.changeWhy) explain.change = c.changeWhy;
      }
      // every field present in one order (an absent one undefined, which JSON leaves out as before):
      // one hidden class for all figures, whatever mix of optional fields each has
      const f: Figure = {
        text: text.slice(c.start, c.end),
        value: c.value,
        unit: c.unit,
        category: c.category,
        label: c.label ?? null,
        approx: c.approx,
        start,
        end: map.toCp(c.end),
        sentence,
        section: null,
        range: c.range || undefined,
        discount: c.discount ? true : undefined,
        period: period || undefined,
        status: st.status,
        change: c.change ? { ...c.change } : undefined,
        explain,
      };
      if (options.status && f.status !== options.status) continue;
      figures.push(f);
    }
  }
}
