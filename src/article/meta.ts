// Article metadata from the lines classified as metadata, plus the two places
// where Chinese news hides a byline inside the body: the dateline
// (本报讯（记者 张三）…) and a sign-off after the last sentence (…的差距。郭晋晖).
import type { ArticleMeta } from '../types.js';
import type { BoilerplateKind } from '../types.js';
import { BYLINE_ROLES, DATELINE_WINDOW } from './data/meta.js';
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
import { findDate, isDateLine } from './date.js';
import { bylineNames, labelFields } from './labels.js';
import type { Line } from './lines.js';
import type { LineRole } from './classify.js';
import { isByline } from './classify.js';
import { speakerName, subtitleDate } from './front.js';

export type Fields = Omit<ArticleMeta, 'title'>;

const joinNames = (names: string[]) => (names.length ? [...new Set(names)].join('、') : null);
const firstWord = (s: string) => s.replace(/^[（(【\[\s]+/, '').split(/[\s）)】\]]/)[0] || null;

/** date, author, editor, source from the metadata lines (first value of each wins). */
export function readFields(lines: Line[], roles: LineRole[]): Fields {
  let labelledDate: string | null = null;
  let dateline: string | null = null;
  let author: string | null = null;
  let bylineAuthor: string | null = null;
  let editor: string | null = null;
  let source: string | null = null;
  lines.forEach((line, i) => {
    const role = roles[i];
    if (!role || (role.kind !== 'meta' && role.kind !== 'editor')) return;
    const fields = labelFields(line.text);
    if (fields.length) {
      const head = line.text.slice(0, fields[0]!.index).trim();
      if (head && isDateLine(head)) dateline ??= findDate(head)?.iso ?? null;
    } else if (isDateLine(line.text)) {
      dateline ??= findDate(line.text)?.iso ?? null;
    } else if (isByline(line.text)) {
      bylineAuthor ??= joinNames(bylineNames(line.text).names);
    } else {
      const sub = subtitleDate(line.text);
      if (sub) dateline ??= sub;
      bylineAuthor ??= speakerName(line.text);
    }
    for (const f of fields) {
      switch (f.label.field) {
        case 'date':
          labelledDate ??= findDate(f.value)?.iso ?? null;
          break;
        case 'author':
          author ??= joinNames(bylineNames(f.value).names);
          break;
        case 'editor':
          editor ??= joinNames(bylineNames(f.value).names) ?? firstWord(f.value);
          break;
        case 'source':
          source ??= firstWord(f.value);
          break;
      }
    }
  });
  return { date: labelledDate ?? dateline, author: author ?? bylineAuthor, editor, source };
}

const DATELINE_BYLINE = /[（(]\s*((?:本报|新华社|特约|见习|实习)?(?:记者|通讯员)[^（()）\n]{1,40})[）)]/;

/** 本报讯（记者 张三 通讯员 李四）at the start of the first paragraph → 张三、李四. */
export function datelineAuthor(firstParagraph: string): string | null {
  const m = DATELINE_BYLINE.exec(firstParagraph.slice(0, DATELINE_WINDOW));
  // a dateline precedes the first clause: 近日，…（记者会上…） is narrative
  if (!m || /[，,。；;！？]/.test(firstParagraph.slice(0, m.index))) return null;
  const b = bylineNames(m[1]!);
  return b.clean ? joinNames(b.names) : null;
}

export interface SignOff {
  /** UTF-16 offset within the paragraph where the sign-off starts */
  at: number;
  author: string;
  kind: BoilerplateKind;
}

// after a sentence end (a closing quote alone ends a phrase: 推行「願景2030」計劃)
const TRAILING_NAME = /[。！？!?][”」』）)]?\s*([\u3400-\u9fff]{2,3})$/;
const TRAILING_BYLINE = /[（(]\s*((?:本报)?(?:记者|通讯员)[^（()）\n]{1,40})[）)]$/;
/** …实现低碳经济目标。记者 肖明 — a reporter's credit, unbracketed, after the last sentence */
const TRAILING_REPORTER = /[。！？!?”」』）)]\s*((?:本报)?(?:记者|通讯员)[\s　]*[\u3400-\u9fff]{2,3}(?:[\s　、]+(?:(?:本报)?(?:记者|通讯员)[\s　]*)?[\u3400-\u9fff]{2,3})*)$/;
const NOT_NAMES = new Set(['全文完', '待续', '未完', '完毕', '完', '续完', '上图', '下图', '左图', '右图', '组图', '图文', '资料']);

/** A byline after the last sentence of the body: …的差距。郭晋晖 / …（记者 张三）. */
export function signOff(lastParagraph: string): SignOff | null {
  const tail = lastParagraph.slice(-48);
  const offset = lastParagraph.length - tail.length;
  const b = TRAILING_BYLINE.exec(tail);
  if (b) {
    const names = joinNames(bylineNames(b[1]!).names);
    if (names) return { at: offset + b.index, author: names, kind: 'meta' };
  }
  const r = TRAILING_REPORTER.exec(tail);
  if (r) {
    const names = joinNames(bylineNames(r[1]!).names);
    if (names) return { at: offset + r.index + r[0].length - r[1]!.length, author: names, kind: 'meta' };
  }
  const m = TRAILING_NAME.exec(tail);
  if (m && !NOT_NAMES.has(m[1]!)) {
    return { at: offset + m.index + m[0].length - m[1]!.length, author: m[1]!, kind: 'meta' };
  }
  return null;
}

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
  const d = WIRE_DATE_ANYWHERE.exec(text) ?? WIRE_DATELINE_AGENCY.exec(head.slice(0, WIRE_AGENCY_WINDOW));
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
