// The headline: the first body line when it reads like one (short, no full
// stop), or the head of a first line whose headline is glued to the body by a
// run of spaces (牛年偏股新基金募集近300亿元  新快报讯…).
import { NUMBER_FAMILIES } from './data/headings.js';
import { hanCount, type Line } from './lines.js';

/** Headlines are short; longer first lines are a lead paragraph. */
export const TITLE_MAX = 64;
const NOT_TITLE_END = /[，,：:、；;。]$/;
const FULL_STOP = /[。；;]/;
const GLUE = /\s{2,}|\u3000/;

export interface Title {
  /** index into the lines array */
  line: number;
  /** UTF-16 span of the headline text */
  start: number;
  end: number;
  text: string;
  /** where the body continues on the same line (glued headline), else null */
  bodyFrom: number | null;
}

function reads(text: string): boolean {
  return (
    text.length <= TITLE_MAX &&
    hanCount(text) >= 2 &&
    !FULL_STOP.test(text) &&
    !NOT_TITLE_END.test(text) &&
    !NUMBER_FAMILIES.some((f) => f.pattern.test(text))
  );
}

/** `candidates` are the indices of body lines (not furniture, not metadata), in order. */
export function pickTitle(lines: Line[], candidates: number[], markdown: boolean): Title | null {
  if (candidates.length < 2 && !(candidates.length === 1 && GLUE.test(lines[candidates[0]!]!.text))) return null;
  const i = candidates[0]!;
  const line = lines[i]!;
  let text = line.text;
  let start = line.start;
  if (markdown) {
    const m = /^#{1,6}\s+/.exec(text);
    if (m && !text.startsWith('##')) {
      start += m[0].length;
      text = text.slice(m[0].length);
    } else if (m) return null;
  }
  if (reads(text)) return { line: i, start, end: line.end, text, bodyFrom: null };
  const g = GLUE.exec(text.slice(0, TITLE_MAX + 2));
  if (g && g.index > 0) {
    const head = text.slice(0, g.index);
    if (reads(head)) {
      return { line: i, start, end: start + g.index, text: head, bodyFrom: start + g.index + g[0].length };
    }
  }
  return null;
}
