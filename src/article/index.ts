// buildArticle: the raw-text model of an article — metadata, furniture,
// paragraphs, sentences and sections. No segmenter: it runs inside every command.
// Works in UTF-16 internally and converts to code points once, at the end.
import type { Article, Boilerplate, BoilerplateKind, Paragraph, Section, Sentence, SourceText, Span } from '../types.js';
import { CodePointMap } from '../text/codepoints.js';
import { splitSentences, type RawSpan } from '../text/sentences.js';
import { classifyLines } from './classify.js';
import { findHeadings, markupOf } from './headings.js';
import { tableRunLines, tableSpans } from './tables.js';
import { splitLines } from './lines.js';
import { cutPageMarkers } from './markers.js';
import { datelineAuthor, hintDate, readFields, signOff } from './meta.js';
import { closingName, firstWire, resolveYear } from './wire.js';
import { buildSections } from './sections.js';
import { pickTitle } from './title.js';

const LONE_NAME = /^[\u3400-\u9fff]{2,3}$/;

import type { RawParagraph } from './markers.js';

export function buildArticle(source: SourceText): Article {
  const text = source.text;
  const lines = splitLines(text);
  const roles = classifyLines(lines, text.length);
  const furniture: Array<RawSpan & { kind: BoilerplateKind }> = [];
  const bodyLines: number[] = [];
  lines.forEach((l, i) => {
    const r = roles[i];
    if (r) furniture.push({ start: l.start, end: l.end, kind: r.kind });
    else bodyLines.push(i);
  });

  const fields = readFields(lines, roles);
  const headingLines = new Set(source.headingLines);
  let title = pickTitle(lines, bodyLines, source.format === 'markdown');
  if (title && title.bodyFrom === null && source.format !== 'markdown' && titleIsParallelHeading(lines, bodyLines, source, headingLines, title.line)) title = null;

  if (title?.front) furniture.push({ start: title.front.from, end: lines[title.line]!.end, kind: 'meta' });

  const paras: RawParagraph[] = [];
  const addPara = (p: RawParagraph) => {
    for (const q of cutPageMarkers(text, p, furniture)) paras.push(q);
  };
  for (const i of bodyLines) {
    const l = lines[i]!;
    if (title && title.line === i) {
      if (title.bodyFrom !== null) addPara({ start: title.bodyFrom, end: l.end, line: i, whole: false });
    } else addPara({ start: l.start, end: l.end, line: i, whole: true });
  }

  let author = fields.author ?? title?.front?.author ?? null;
  if (!author && paras.length) author = datelineAuthor(text.slice(paras[0]!.start, paras[0]!.end));
  // wire copy: the dateline and byline may follow a glued sub-headline or a page marker
  const wire = firstWire(text, paras);
  if (!author && wire) author = wire.author;
  const last = paras[paras.length - 1];
  if (last) {
    const lastText = text.slice(last.start, last.end);
    // a lone short name as the last line is a sign-off only after some body
    const lone = paras.length > 1 && LONE_NAME.test(lastText);
    const closing = closingName(lastText);
    const off = lone
      ? { at: 0, author: lastText, kind: 'meta' as const }
      : (signOff(lastText) ?? (closing ? { ...closing, kind: 'meta' as const } : null));
    if (off) {
      author ??= off.author;
      furniture.push({ start: last.start + off.at, end: last.end, kind: off.kind });
      if (off.at === 0) paras.pop();
      else {
        let e = last.start + off.at;
        while (e > last.start && /\s/.test(text[e - 1]!)) e--;
        last.end = e;
        last.whole = false;
      }
    }
  }

  const sentences: Array<RawSpan & { paragraph: number }> = [];
  paras.forEach((p, k) => {
    for (const s of splitSentences(text, p.start, p.end)) sentences.push({ start: s.start, end: s.end, paragraph: k });
  });

  const wholeBody = paras.filter((p) => p.whole).map((p) => p.line);
  const tableLines = tableRunLines(lines, wholeBody);
  const markup = markupOf(source, lines, tableLines);
  const headings = findHeadings(lines, wholeBody, source.format, headingLines, markup);
  const bodyStart = paras.length ? paras[0]!.start : 0;
  const bodyEnd = paras.length ? paras[paras.length - 1]!.end : 0;
  const rawSections = buildSections(headings, sentences, bodyStart, bodyEnd);

  const map = new CodePointMap(text);
  const cp = (s: RawSpan): Span => ({ start: map.toCp(s.start), end: map.toCp(s.end) });
  const slice = (s: RawSpan) => text.slice(s.start, s.end);

  // Built field by field (no spreads): 100k-line inputs make millions of these.
  furniture.sort((a, b) => a.start - b.start);
  const boilerplate: Boilerplate[] = furniture.map((f) => ({
    start: map.toCp(f.start),
    end: map.toCp(f.end),
    kind: f.kind,
    text: slice(f),
  }));
  const paragraphs: Paragraph[] = paras.map((p) => ({ start: map.toCp(p.start), end: map.toCp(p.end), text: slice(p) }));
  const outSentences: Sentence[] = sentences.map((s) => ({
    start: map.toCp(s.start),
    end: map.toCp(s.end),
    text: slice(s),
    paragraph: s.paragraph,
  }));
  const sections: Section[] = rawSections.map((s, index) => ({
    start: map.toCp(s.start),
    end: map.toCp(s.end),
    index,
    level: s.level,
    parent: s.parent,
    heading: s.heading,
    headingSpan: s.headingSpan ? cp(s.headingSpan) : null,
    theme: s.theme,
    sentences: s.sentences,
  }));

  return {
    source,
    meta: {
      title: title?.text ?? null,
      date: fields.date ?? title?.front?.date ?? (wire?.date ? resolveYear(wire.date, text) : null) ?? hintDate(source) ?? null,
      author,
      editor: fields.editor,
      source: fields.source,
      ...(title ? { titleSpan: cp(title) } : {}),
    },
    boilerplate,
    body: bodySpans(text, paras).map(cp),
    paragraphs,
    sentences: outSentences,
    sections,
    tables: tableSpans(text, lines, tableLines, sentences, source).map(cp),
  };
}

/**
 * An article may open straight on its first parallel heading (答好“学习卷”…
 * with no headline): a "title" sharing its opening with later unnumbered
 * headings is the first of them.
 */
function titleIsParallelHeading(
  lines: ReturnType<typeof splitLines>,
  bodyLines: number[],
  source: SourceText,
  headingLines: ReadonlySet<number>,
  titleLine: number,
): boolean {
  if (headingLines.has(lines[titleLine]!.no)) return false;
  // A layout heading's text is its line's: without another line opening as
  // the title does, the answer is no, and finding every heading is not needed.
  const opening = lines[titleLine]!.text.slice(0, 2);
  if (!bodyLines.some((i) => i !== titleLine && lines[i]!.text.slice(0, 2) === opening)) return false;
  const found = findHeadings(lines, bodyLines, source.format, headingLines).filter((h) => h.source === 'layout');
  const first = found.find((h) => h.line === titleLine);
  if (!first) return false;
  return found.some((h) => h !== first && h.text.slice(0, 2) === opening);
}

/** Paragraph spans merged where only whitespace separates them. */
function bodySpans(text: string, paras: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev && text.slice(prev.end, p.start).trim() === '') prev.end = p.end;
    else out.push({ start: p.start, end: p.end });
  }
  return out;
}
