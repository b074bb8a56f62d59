// Wire copy: datelines (新华社北京3月5日电, 中国经济网7月18日讯) and bylines
// (本报讯（记者 赵鹏 文静）…) near the start of a news body, a closing
// bracketed name (…。”（王景亮）) at its end.
import type { RawSpan } from '../text/sentences.js';
import { BYLINE_ROLES } from './data/meta.js';
import {
  CLOSING_NAME,
  MEDIA_SUFFIXES,
  REPORTER_FROM,
  WIRE_AGENCY_WINDOW,
  WIRE_BYLINE_BRACKETED,
  WIRE_BYLINE_OPEN,
  WIRE_DATELINE,
  WIRE_DATELINE_AGENCY,
  WIRE_WINDOW,
} from './data/structure.js';
import { bylineNames } from './labels.js';
import { joinNames, NOT_NAMES } from './meta.js';

const WIRE_DATE_ANYWHERE = new RegExp(WIRE_DATELINE.source.slice(1));
const HALF = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function smallNumber(s: string): number {
  const h = HALF(s);
  if (/^\d+$/.test(h)) return +h;
  const ten = h.indexOf('十');
  if (ten < 0) return CN_DIGITS[h] ?? NaN;
  return (ten === 0 ? 1 : (CN_DIGITS[h.slice(0, ten)] ?? NaN)) * 10 + (ten === h.length - 1 ? 0 : (CN_DIGITS[h.slice(ten + 1)] ?? NaN));
}

/**
 * The wire dateline and byline near the start of a news body, also when a
 * sub-headline or a page marker is glued before them: 新华社北京3月5日电,
 * 中国经济网7月18日讯, 本报讯（记者 赵鹏 文静）, 新快报讯 记者 罗琼 实习生 葛晶 报道,
 * 记者 刘林鹏 发自成都. A dateline without its year gives only what it says:
 * --MM-DD (ISO 8601's month-day form).
 */
export function wireMeta(head: string): { date: string | null; author: string | null } {
  const text = head.slice(0, WIRE_WINDOW);
  let author: string | null = null;
  const b = WIRE_BYLINE_BRACKETED.exec(text) ?? WIRE_BYLINE_OPEN.exec(text);
  if (b) {
    const names = bylineNames(b[1]!);
    if (names.names.length) author = joinNames(names.names);
  }
  if (!author) {
    const r = REPORTER_FROM.exec(text);
    if (r) author = r[1]!;
  }
  let date: string | null = null;
  // Both datelines need 日 before 电 or 讯: most paragraphs have neither, and
  // the regexes' lazy prefixes cost a retry at every position.
  const agencyText = head.slice(0, WIRE_AGENCY_WINDOW);
  const d = hasDatelineMarks(agencyText) ? (WIRE_DATE_ANYWHERE.exec(text) ?? WIRE_DATELINE_AGENCY.exec(agencyText)) : null;
  if (d) {
    const m = smallNumber(d[2]!);
    const day = smallNumber(d[3]!);
    if (m >= 1 && m <= 12 && day >= 1 && day <= 31) {
      const md = `${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      date = d[1] ? `${HALF(d[1]).slice(0, 4)}-${md}` : `--${md}`;
    }
  }
  return { date, author };
}

/** 日 followed somewhere by 电 or 讯: what both dateline regexes need. */
function hasDatelineMarks(s: string): boolean {
  const day = s.indexOf('日');
  return day >= 0 && (s.indexOf('电', day) >= 0 || s.indexOf('讯', day) >= 0);
}

const FULL_DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月/g;

/**
 * A month-day dateline (--07-18) gets its year from the text when the text
 * gives one for that month (２０１２年７月２０日 in the same item); otherwise it
 * stays as written.
 */
export function resolveYear(date: string, text: string): string {
  if (!date.startsWith('--')) return date;
  const month = +date.slice(2, 4);
  FULL_DATE.lastIndex = 0;
  const years = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = FULL_DATE.exec(text))) if (+HALF(m[2]!) === month) years.add(HALF(m[1]!));
  return years.size === 1 ? `${[...years][0]}${date.slice(1)}` : date;
}

/** …的作用了。”（王景亮） → 王景亮; （京华时报） is a source, not a person. */
export function closingName(lastParagraph: string): { at: number; author: string } | null {
  const m = CLOSING_NAME.exec(lastParagraph);
  if (!m || MEDIA_SUFFIXES.some((s) => m[1]!.endsWith(s)) || NOT_NAMES.has(m[1]!) || BYLINE_ROLES.includes(m[1]!)) return null;
  return { at: m.index + m[0].length - m[1]!.length - 2, author: m[1]! };
}

/** Wire datelines and bylines are looked for in this many leading paragraphs. */
const WIRE_PARAGRAPHS = 2;

/** Wire dateline and byline from the first paragraphs (a 提要 or a deck may come first). */
export function firstWire(text: string, paras: RawSpan[]): { date: string | null; author: string | null } | null {
  let date: string | null = null;
  let author: string | null = null;
  for (const p of paras.slice(0, WIRE_PARAGRAPHS)) {
    const w = wireMeta(text.slice(p.start, p.end));
    date ??= w.date;
    author ??= w.author;
  }
  return date || author ? { date, author } : null;
}
