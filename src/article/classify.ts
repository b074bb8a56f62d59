// Line roles: site furniture (navigation, copyright, editor, footer), metadata
// lines (labels, bylines, datelines) and body. Line rules are local; one rule
// is positional: a copyright/disclaimer opener in the second half of the page
// turns everything after it into furniture (its numbered items, the editor
// line, share buttons), because Chinese news pages put the article first.
import type { BoilerplateKind } from '../types.js';
import {
  COPYRIGHT_OPENERS,
  COPYRIGHT_RULES,
  CRUMB_MAX,
  CRUMB_SEPARATORS,
  EDITOR_RULES,
  MENU_ITEM_MAX,
  MENU_MIN_ITEMS,
  MENU_SEPARATORS,
  FOOTER_RULES,
  LINE_MAX,
  NAVIGATION_RULES,
  RELATED_OPENERS,
  APPEAL_MAX,
  SUPPORT_APPEALS,
  type LineRule,
} from './data/boilerplate.js';
import { DATELINE_LINES, META_LINE_MAX } from './data/meta.js';
import { FRONT_LINES } from './data/structure.js';
import { isIssuerLine, speakerName, subtitleDate } from './front.js';
import { isDateLine } from './date.js';
import { bylineNames, labelFields } from './labels.js';
import type { Line } from './lines.js';

export type LineRole = { kind: BoilerplateKind } | null;

/** A related-article link title is a headline-length line. */
const LINK_TITLE_MAX = 40;

/** Where a copyright opener may start the tail: past this share of the text. */
const TAIL_FROM = 0.4;
const SENTENCE_MARK = /[。！？!?；;]/;

function matchRules(rules: LineRule[], text: string): BoilerplateKind | null {
  for (const r of rules) {
    if (r.maxLength !== undefined && text.length > r.maxLength) continue;
    if (r.pattern.test(text)) return r.kind;
  }
  return null;
}

function isCrumbTrail(text: string): boolean {
  if (text.length > CRUMB_MAX || SENTENCE_MARK.test(text)) return false;
  let n = 0;
  for (const ch of text) if (CRUMB_SEPARATORS.has(ch)) n++;
  if (n >= 2) return true;
  // a site menu: several short items between bars
  const items = text.split(MENU_SEPARATORS).filter((x) => x.trim());
  return items.length >= MENU_MIN_ITEMS && items.every((x) => x.length <= MENU_ITEM_MAX);
}

/** A metadata line: it opens with a label field, or with a date followed by fields. */
export function metaKind(text: string): BoilerplateKind | null {
  if (text.length > META_LINE_MAX) return null;
  const fields = labelFields(text);
  if (fields.length > 0) {
    const head = text.slice(0, fields[0]!.index).trim();
    if (head === '' || isDateLine(head)) {
      return fields.every((f) => f.label.kind === 'editor') ? 'editor' : 'meta';
    }
  }
  return null;
}

/** A byline without labels: 郭华平 黄晓平 本报记者 鄢朝晖. */
export function isByline(text: string): boolean {
  if (text.length > 40 || SENTENCE_MARK.test(text)) return false;
  const b = bylineNames(text);
  return b.hadRole && b.clean && b.names.length > 0;
}

/** A short note in brackets under a report's title: （根据直播整理）. */
const FRONT_NOTE = /^[（(][^（）()。！？；]{2,16}[）)]$/;

/** Report front matter as plain lines: subtitle, speaker, issuers, a bracketed note. */
function isFrontLine(t: string, i: number): boolean {
  return subtitleDate(t) !== null || speakerName(t) !== null || isIssuerLine(t, i === 1) || FRONT_NOTE.test(t);
}

/** Roles of every line; null = body. */
export function classifyLines(lines: Line[], textLength: number): LineRole[] {
  const roles: LineRole[] = lines.map((line, i) => {
    const t = line.text;
    if (t.length > LINE_MAX) return null;
    const kind =
      matchRules(NAVIGATION_RULES, t) ??
      (isCrumbTrail(t) ? 'navigation' : null) ??
      metaKind(t) ??
      matchRules(EDITOR_RULES, t) ??
      matchRules(COPYRIGHT_RULES, t) ??
      matchRules(FOOTER_RULES, t) ??
      (isByline(t) ? 'meta' : null) ??
      (i < DATELINE_LINES && isDateLine(t) ? 'meta' : null) ??
      (i < FRONT_LINES && isFrontLine(t, i) ? 'meta' : null);
    return kind ? { kind } : null;
  });
  const tail = lines.findIndex(
    (l) => l.start >= textLength * TAIL_FROM && l.text.length <= LINE_MAX && COPYRIGHT_OPENERS.some((p) => p.test(l.text)),
  );
  if (tail >= 0) {
    for (let i = tail; i < lines.length; i++) roles[i] ??= { kind: 'copyright' };
  }
  // a subscribe/support appeal near the end: it and everything after are furniture
  const appeal = lines.findIndex(
    (l) => l.start >= textLength * TAIL_FROM && l.text.length <= APPEAL_MAX && SUPPORT_APPEALS.some((p) => p.test(l.text)),
  );
  if (appeal >= 0) for (let i = appeal; i < lines.length; i++) roles[i] ??= { kind: 'footer' };
  // 相关新闻： and the link titles after it, up to the first line that reads as body
  const related = lines.findIndex((l) => l.start >= textLength * TAIL_FROM && RELATED_OPENERS.some((p) => p.test(l.text)));
  if (related >= 0) {
    roles[related] ??= { kind: 'footer' };
    for (let i = related + 1; i < lines.length && lines[i]!.text.length <= LINK_TITLE_MAX && !SENTENCE_MARK.test(lines[i]!.text); i++)
      roles[i] ??= { kind: 'footer' };
  }
  return roles;
}
