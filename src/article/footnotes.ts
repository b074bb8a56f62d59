// Footnote markers glued to words (统计公报[1], 地区生产总值[2]32074.7亿元) are
// references, not words: titles, headings and figure labels drop them.
import { FOOTNOTE_MARK } from './data/structure.js';

/** The text without footnote markers (for labels and other derived strings). */
export function stripFootnotes(text: string): string {
  FOOTNOTE_MARK.lastIndex = 0;
  return text.includes('[') || text.includes('［') || text.includes('〔') ? text.replace(FOOTNOTE_MARK, '') : text;
}

/** Length of the text without footnote markers at its end, so a span can stop before them. */
export function withoutTrailingFootnotes(text: string): number {
  let end = text.length;
  for (;;) {
    const m = /(?:\[\d{1,2}\]|［[0-9０-９]{1,2}］|〔\d{1,2}〕)\s*$/.exec(text.slice(0, end));
    if (!m || m.index === 0) return end;
    end = m.index;
  }
}
