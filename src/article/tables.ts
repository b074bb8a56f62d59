// Tables that lost their markup: one cell per line in a report copied from a
// page, or a whole table glued into running text (当前收费调整情况青岛无南昌无
// 深圳２．００元／运次…). Their cells are neither headings nor sentences a
// person would quote, and a figure's label must not run across them, so the
// article model marks them.
import {
  GLUED_TABLE_NUMBERS,
  GLUED_TABLE_STRETCH,
  TABLE_CELL_MAX,
  TABLE_NUMERIC_MIN,
  TABLE_NUMERIC_SHARE,
  TABLE_RUN_MIN,
} from './data/structure.js';
import { NUMBER_FAMILIES } from './data/headings.js';
import type { SourceText } from '../types.js';
import type { RawSpan } from '../text/sentences.js';
import { cpLength, type Line } from './lines.js';

const SENTENCE_MARK = /[。！？!?；;，,]/;
const DIGIT = /[0-9０-９]/;
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const CLAUSE_BREAK = /[，,。；;：:、！？!?（）()]/g;

/** Indices (into `body`'s lines) of runs of short cell-like lines, most of them numbers. */
export function tableRunLines(lines: Line[], body: number[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= TABLE_RUN_MIN) {
      const numeric = run.filter((i) => DIGIT.test(lines[i]!.text)).length;
      if (numeric >= TABLE_NUMERIC_MIN && numeric >= run.length * TABLE_NUMERIC_SHARE) for (const i of run) out.add(i);
    }
    run = [];
  };
  for (const i of body) {
    const t = lines[i]!.text;
    // a numbered line is a heading, the end of any table before it
    const numbered = NUMBER_FAMILIES.some((f) => f.pattern.test(t));
    if (!numbered && cpLength(t) <= TABLE_CELL_MAX && !SENTENCE_MARK.test(t)) run.push(i);
    else close();
  }
  close();
  return out;
}

/**
 * Is this span of running text a glued table? A long stretch with no clause
 * break that holds several numbers: prose puts a comma between figures.
 */
export function isGluedTable(text: string): boolean {
  if (text.length < GLUED_TABLE_STRETCH || !DIGIT.test(text)) return false;
  for (const stretch of text.split(CLAUSE_BREAK)) {
    if (stretch.length >= GLUED_TABLE_STRETCH && (stretch.match(NUMBER)?.length ?? 0) >= GLUED_TABLE_NUMBERS) return true;
  }
  return false;
}

/** Spans of table rows (markup or flattened runs) and of sentences that are tables glued into the text. */
export function tableSpans(
  text: string,
  lines: Line[],
  tableLines: Set<number>,
  sentences: RawSpan[],
  source: SourceText,
): RawSpan[] {
  const rows = new Set<number>(source.tableLines ?? []);
  const out: RawSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!rows.has(l.no) && !tableLines.has(i)) continue;
    const prev = out[out.length - 1];
    if (prev && text.slice(prev.end, l.start).trim() === '') prev.end = l.end;
    else out.push({ start: l.start, end: l.end });
  }
  const rowCount = out.length;
  let k = 0;
  for (const s of sentences) {
    // both in text order: one walk finds the row span a sentence may lie in
    while (k < rowCount && out[k]!.end < s.end) k++;
    if (k < rowCount && s.start >= out[k]!.start && s.end <= out[k]!.end) continue;
    if (isGluedTable(text.slice(s.start, s.end))) out.push({ start: s.start, end: s.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
