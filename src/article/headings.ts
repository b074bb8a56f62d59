// Heading candidates among the body lines, each with a rank (smaller is
// shallower). Sources, strongest first: Markdown `#` lines, HTML <h1>–<h4>
// lines, numbered lines (一、 （一） 1. …, one family per rank), and
// unnumbered layout headings (short phrase lines that open a block).
import {
  LAYOUT_MAX,
  LAYOUT_MIN,
  MIN_SIBLINGS,
  NOT_HEADING,
  NUMBERED_MAX,
  NUMBER_FAMILIES,
  PARALLEL_MAX,
  SENTENCE_END,
  SENTENCE_MARK,
  THEMED_QUOTE_MAX,
} from './data/headings.js';
import { CAPTION_LINES, CAPTION_MAX, CAPTION_TOP_LINES, PHOTO_POSITIONS, TOP_CAPTIONS } from './data/structure.js';
import type { SourceText } from '../types.js';
import { cpLength, hanCount, type Line } from './lines.js';

/** What the markup says about lines (by line number): heading levels, and lines that are table rows or list items. */
export interface Markup {
  levels?: ReadonlyMap<number, number>;
  plain?: ReadonlySet<number>;
}

/**
 * A table caption, a unit or notes line, a related-link line, or a photo
 * caption (those by their ending only near the top): never a heading.
 */
export function isCaption(text: string, nearTop = false): boolean {
  if (CAPTION_LINES.some((p) => p.test(text))) return true;
  if (cpLength(text) > CAPTION_MAX) return false;
  return PHOTO_POSITIONS.test(text) || (nearTop && TOP_CAPTIONS.some((p) => p.test(text)));
}

export interface HeadingCandidate {
  /** index into the lines array */
  line: number;
  /** UTF-16 span of the heading text (Markdown hashes stripped) */
  start: number;
  end: number;
  text: string;
  /** UTF-16 start of the whole line when it has a prefix outside the text (Markdown hashes) */
  lineStart?: number;
  rank: number;
  /** which rule found it: a number family name, 'markdown', 'markup' or 'layout' */
  source: string;
}

const MARKDOWN = /^(#{1,6})[ \t]+/;
const MARKUP_RANK = -1;
/** Markup levels (h1 = 1 … bold label = 7) rank above every numbered family: level − 10. */
const MARKUP_LEVEL_BASE = 10;
const LAYOUT_TOP = -0.5;
const LAYOUT_BOTTOM = 100;

function numberFamily(text: string) {
  if (CAPTION_LINES.some((p) => p.test(text))) return null;
  for (const f of NUMBER_FAMILIES) {
    const m = f.pattern.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const inner = rest.replace(/[。；;]$/, '');
    if (hanCount(rest.slice(0, NUMBERED_MAX)) < 2 || cpLength(text) > NUMBERED_MAX || SENTENCE_MARK.test(inner)) {
      return null;
    }
    return f;
  }
  return null;
}

function layoutShape(text: string, max: number, nearTop: boolean): boolean {
  const n = cpLength(text);
  if (n < LAYOUT_MIN || n > max) return false;
  if (SENTENCE_END.test(text) || SENTENCE_MARK.test(text)) return false;
  if (hanCount(text) * 2 < n) return false;
  return !NOT_HEADING.some((p) => p.test(text)) && !isCaption(text, nearTop);
}

/** Does the line open a block: is the next body line running text? */
function opensBlock(lines: Line[], body: number[], k: number): boolean {
  const next = body[k + 1];
  if (next === undefined) return false;
  const t = lines[next]!.text;
  if (t.length > lines[body[k]!]!.text.length || SENTENCE_END.test(t)) return true;
  // a themed heading (“红榜”, 答好“民生卷”) holds numbered items: the next line is the first of them
  return themed(lines[body[k]!]!.text) && numberFamily(t) !== null;
}

const QUOTED = new RegExp(`[“"「『]([^”"」』]{1,${THEMED_QUOTE_MAX}})[”"」』]`);

/** Does the line name a theme in quotes? */
function themed(text: string): boolean {
  return QUOTED.test(text);
}

/**
 * `body` lists indices of the whole body lines (title, furniture and metadata
 * removed), in order. `headingLines` are line numbers marked by HTML.
 */
export function findHeadings(
  lines: Line[],
  body: number[],
  format: string,
  headingLines: ReadonlySet<number>,
  markup: Markup = {},
): HeadingCandidate[] {
  const markupRank = (no: number) => {
    const level = markup.levels?.get(no);
    return level === undefined ? MARKUP_RANK : level - MARKUP_LEVEL_BASE;
  };
  if (markup.plain?.size) body = body.filter((i) => !markup.plain!.has(lines[i]!.no));
  if (format === 'markdown' && markup.levels) {
    // the markup is the structure: a Markdown document that marks headings is not guessed at
    const marked = body.filter((i) => headingLines.has(lines[i]!.no));
    if (marked.length) {
      return marked.map((i) => {
        const l = lines[i]!;
        return { line: i, start: l.start, end: l.end, text: l.text, rank: markupRank(l.no), source: 'markup' };
      });
    }
  }
  if (format === 'markdown') {
    const md: HeadingCandidate[] = [];
    for (const i of body) {
      const l = lines[i]!;
      const m = MARKDOWN.exec(l.text);
      if (!m) continue;
      const text = l.text.slice(m[0].length).replace(/[ \t]+#+$/, '').trim();
      if (!text) continue;
      const start = l.start + m[0].length;
      md.push({ line: i, start, end: start + text.length, text, lineStart: l.start, rank: m[1]!.length - 10, source: 'markdown' });
    }
    if (md.length) return md;
  }

  const marked = body.filter((i) => headingLines.has(lines[i]!.no));
  const out: HeadingCandidate[] = [];
  const familyCount = new Map<string, number>();
  const layout: HeadingCandidate[] = [];
  const longLayout: HeadingCandidate[] = [];
  body.forEach((i, k) => {
    const l = lines[i]!;
    const fam = numberFamily(l.text);
    const base = (rank: number, source: string) => ({ line: i, start: l.start, end: l.end, text: l.text, rank, source });
    if (fam) {
      out.push(base(fam.rank, fam.name));
      familyCount.set(fam.name, (familyCount.get(fam.name) ?? 0) + 1);
    } else if (headingLines.has(l.no)) {
      out.push(base(markupRank(l.no), 'markup'));
    } else if (marked.length === 0 && opensBlock(lines, body, k)) {
      const nearTop = k < CAPTION_TOP_LINES;
      if (layoutShape(l.text, LAYOUT_MAX, nearTop)) layout.push(base(0, 'layout'));
      else if (layoutShape(l.text, PARALLEL_MAX, nearTop)) longLayout.push(base(0, 'layout'));
    }
  });

  // Longer unnumbered lines count only when they share an opening with another
  // candidate (坚持…, 着力…): parallel wording is what makes them headings.
  const openings = new Map<string, number>();
  const opening = (c: HeadingCandidate) => c.text.slice(0, 2);
  for (const c of [...layout, ...longLayout]) openings.set(opening(c), (openings.get(opening(c)) ?? 0) + 1);
  const layoutAll = [...layout, ...longLayout.filter((c) => openings.get(opening(c))! >= 2)].sort(
    (a, b) => a.line - b.line,
  );

  // 01综合 counts as numbering only where the zero padding shows it is one
  const padded = out.some((c) => c.source === 'arabic-glued' && c.text.startsWith('0'));
  const kept = out.filter(
    (c) =>
      c.source === 'markup' ||
      headingLines.has(lines[c.line]!.no) ||
      (familyCount.get(c.source)! >= MIN_SIBLINGS && (c.source !== 'arabic-glued' || padded)),
  );
  if (layoutAll.length >= MIN_SIBLINGS) {
    const firstNumbered = kept.length ? kept[0]!.line : Infinity;
    const rank = layoutAll[0]!.line < firstNumbered ? LAYOUT_TOP : LAYOUT_BOTTOM;
    for (const c of layoutAll) kept.push({ ...c, rank });
  }
  return kept.sort((a, b) => a.line - b.line);
}

/** Heading levels and never-heading lines, by line number, from the markup and the flattened tables found. */
export function markupOf(source: SourceText, lines: Line[], tableLines: Set<number>): Markup {
  const levels = new Map<number, number>();
  if (source.headingLevels) source.headingLines.forEach((no, k) => levels.set(no, source.headingLevels![k]!));
  const plain = new Set<number>([...(source.tableLines ?? []), ...(source.listLines ?? [])]);
  for (const i of tableLines) plain.add(lines[i]!.no);
  return { ...(source.headingLevels ? { levels } : {}), plain };
}
