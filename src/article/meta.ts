// Article metadata from the lines classified as metadata, plus the two places
// where Chinese news hides a byline inside the body: the dateline
// (本报讯（记者 张三）…) and a sign-off after the last sentence (…的差距。郭晋晖).
import type { ArticleMeta, SourceText } from '../types.js';
import type { BoilerplateKind } from '../types.js';
import { DATELINE_WINDOW } from './data/meta.js';
import { findDate, isDateLine } from './date.js';
import { bylineNames, labelFields } from './labels.js';
import type { Line } from './lines.js';
import type { LineRole } from './classify.js';
import { isByline } from './classify.js';
import { speakerName, subtitleDate } from './front.js';

export type Fields = Omit<ArticleMeta, 'title'>;

export const joinNames = (names: string[]) => (names.length ? [...new Set(names)].join('、') : null);
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
export const NOT_NAMES = new Set(['全文完', '待续', '未完', '完毕', '完', '续完', '上图', '下图', '左图', '右图', '组图', '图文', '资料']);

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

/** A date the markup states (HTML <meta>, front matter), as ISO when it reads as a date. */
export function hintDate(source: SourceText): string | null {
  const d = source.hints?.date;
  if (!d) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(d.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  return findDate(d)?.iso ?? null;
}
