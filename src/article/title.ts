// The headline: the first body line when it reads like one (short, no full
// stop), or the head of a first line whose headline is glued to the body by a
// run of spaces (牛年偏股新基金募集近300亿元  新快报讯…).
import { NUMBER_FAMILIES } from './data/headings.js';
import { withoutTrailingFootnotes } from './footnotes.js';
import { GLUED_DATELINES } from './data/structure.js';
import { splitGluedFront } from './front.js';
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
  /** a report subtitle and speaker glued after the title on its line: their date and author, and where they start */
  front?: { from: number; date: string | null; author: string | null };
}

/** The title without the footnote markers at its end (统计公报[1]). */
function trimmed(t: Title): Title {
  const n = withoutTrailingFootnotes(t.text);
  if (n === t.text.length) return t;
  const text = t.text.slice(0, n).trimEnd();
  return { ...t, text, end: t.start + text.length };
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
  const t = pickRaw(lines, candidates, markdown);
  return t ? trimmed(withoutDateline(t)) : null;
}

/**
 * 出租车燃油费跟涨不跟跌中国经济网7月18日讯: a headline glued to the wire
 * dateline that opens the body. The title stops before the dateline, which
 * goes back to the body (where the dateline is read).
 */
function withoutDateline(t: Title): Title {
  if (t.front) return t;
  let m: RegExpExecArray | null = null;
  for (const p of GLUED_DATELINES) if ((m = p.exec(t.text))) break;
  if (!m || m.index < GLUED_MIN) return t;
  const text = t.text.slice(0, m.index);
  return { ...t, text, end: t.start + m.index, bodyFrom: t.start + m.index };
}

function pickRaw(lines: Line[], candidates: number[], markdown: boolean): Title | null {
  if (candidates.length === 0) return null;
  const only = lines[candidates[0]!]!.text;
  if (candidates.length < 2 && !GLUE.test(only) && gluedHeadline(only) === null) return null;
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
  const glued = splitGluedFront(text);
  if (glued && reads(text.slice(0, glued.titleEnd))) {
    const head = text.slice(0, glued.titleEnd);
    return {
      line: i,
      start,
      end: start + glued.titleEnd,
      text: head,
      bodyFrom: null,
      front: { from: start + glued.titleEnd, date: glued.date, author: glued.author },
    };
  }
  if (reads(text)) return { line: i, start, end: line.end, text, bodyFrom: null };
  const g = GLUE.exec(text.slice(0, TITLE_MAX + 2));
  if (g && g.index > 0) {
    const head = text.slice(0, g.index);
    if (reads(head)) {
      return { line: i, start, end: start + g.index, text: head, bodyFrom: start + g.index + g[0].length };
    }
  }
  const k = markdown ? null : gluedHeadline(text);
  if (k !== null) return { line: i, start, end: start + k, text: text.slice(0, k), bodyFrom: start + k };
  return null;
}

/** Shortest and longest headline we split off a glued first line. */
const GLUED_MIN = 8;
const GLUED_MAX = 40;
/** A glued line is a whole lead paragraph, not a short line. */
const GLUED_LINE_MIN = 60;
/** How many characters of the headline's end must recur in the lead. */
const ECHO = 5;
const CLAUSE_END = /[，,。；;！!？?]/;
/** The lead of a news item opens with a date or a dateline: 5月，… 23日，… 新华社… */
const LEAD_OPENER = /^(?:[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?|[0-9０-９]{1,2}日|[0-9]{4}年|今年以来|近年来|近期|近日|日前|昨日|昨天|今天|今日|本报讯|新华社|中新网|据)/;
const NOT_HEAD_END = /[的了和与及或在是把被对从向为之，,、：:“"（(]$/;

/**
 * Scraped news often glues the headline to the lead with no break at all:
 * 环保部调研30个省市在建大项目5月，环保部调研30个省市的在建大项目…. The split
 * is where the first clause's head ends and either the lead opens with a date
 * or dateline, or the head's last words come back in the lead (leads restate
 * their headline). Returns the split offset, or null.
 */
export function gluedHeadline(text: string): number | null {
  if (text.length < GLUED_LINE_MIN || GLUE.test(text.slice(0, GLUED_MAX))) return null;
  const clause = CLAUSE_END.exec(text);
  const limit = Math.min(GLUED_MAX, clause ? clause.index - 1 : GLUED_MAX);
  const heads: number[] = [];
  for (let k = limit; k >= GLUED_MIN; k--) {
    const head = text.slice(0, k);
    if (!NOT_HEAD_END.test(head) && reads(head)) heads.push(k);
  }
  // A dated or datelined lead is the clearest sign; a restated headline the next.
  for (const k of heads) if (LEAD_OPENER.test(text.slice(k))) return k;
  for (const k of heads) {
    const tail = text.slice(k - ECHO, k);
    if (hanCount(tail) >= 3 && text.indexOf(tail, k) >= 0) return k;
  }
  return null;
}
