// The front matter of reports and bulletins, which comes as plain lines rather
// than labelled fields: a subtitle that says when and where the report was
// given (——2024年3月5日在…会议上), the speaker (国务院总理 李强), the issuing
// bodies (江西省统计局  国家统计局江西调查总队) — and, in scraped copies, all
// of it glued onto the title line.
import { ORG_SUFFIXES, SPEAKER_TITLES, SUBTITLE_DASH, SUBTITLE_DATE_WITHIN } from './data/structure.js';
import { findDate } from './date.js';

const SPEAKER = new RegExp(
  `^([\\u3400-\\u9fff]{0,14}(?:${[...SPEAKER_TITLES].sort((a, b) => b.length - a.length).join('|')}))[\\s　]+([\\u3400-\\u9fff·]{2,4})$`,
);
const SPEAKER_TAIL = new RegExp(
  `([\\u3400-\\u9fff]{0,14}(?:${[...SPEAKER_TITLES].sort((a, b) => b.length - a.length).join('|')}))[\\s　]+([\\u3400-\\u9fff·]{2,4})$`,
);
const ORG = new RegExp(`^[\\u3400-\\u9fff（）()]{2,24}(?:${ORG_SUFFIXES.join('|')})$`);
const SUBTITLE_AT_START = new RegExp(`^${SUBTITLE_DASH.source}`);

/** ——2020年5月22日在第十三届全国人民代表大会第三次会议上 → 2020-05-22. */
export function subtitleDate(line: string): string | null {
  const m = SUBTITLE_AT_START.exec(line);
  if (!m) return null;
  const d = findDate(line.slice(m[0].length));
  return d && d.index <= SUBTITLE_DATE_WITHIN ? d.iso : null;
}

/** 国务院总理 李克强 → 李克强. */
export function speakerName(line: string): string | null {
  return SPEAKER.exec(line)?.[2] ?? null;
}

/**
 * 江西省统计局  国家统计局江西调查总队: two to four organisation names, nothing
 * else — or one, when it stands right under the title (`underTitle`): a lone
 * 市民服务中心 further down is a heading.
 */
export function isIssuerLine(line: string, underTitle = false): boolean {
  if (line.length > 60) return false;
  const parts = line.split(/[\s　]+/).filter(Boolean);
  return parts.length >= (underTitle ? 1 : 2) && parts.length <= 4 && parts.every((p) => ORG.test(p));
}

export interface GluedFront {
  /** UTF-16 length of the title proper */
  titleEnd: number;
  date: string | null;
  author: string | null;
}

/** 政府工作报告——2024年3月5日在…会议上国务院总理 李强: title, subtitle and speaker on one line. */
export function splitGluedFront(line: string): GluedFront | null {
  const dash = SUBTITLE_DASH.exec(line);
  if (!dash || dash.index < 2) return null;
  const rest = line.slice(dash.index);
  const date = subtitleDate(rest);
  if (!date) return null;
  const speaker = SPEAKER_TAIL.exec(rest);
  return { titleEnd: dash.index, date, author: speaker?.[2] ?? null };
}
