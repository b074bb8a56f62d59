// Layout constants and furniture patterns for rebuilding text from PDF pages.
// Distances are in ems of the line's font size unless said otherwise.

/** Items whose baselines differ by less than this share a line. */
export const SAME_LINE = 0.4;
/** A gap wider than this between two non-CJK items is a word space. */
export const WORD_GAP = 0.15;
/** A gap wider than this is a space even between Han (table cells, tab stops). */
export const WIDE_GAP = 1.2;
/** Text pieces this far apart on one baseline are table cells: the line is a row. */
export const CELL_GAP = 2;
/** A line starting this far right of its column's left edge is indented: a new paragraph. */
export const INDENT = 0.8;
/** A line ending this far left of the column's right edge is a paragraph's last line. */
export const SHORT_LINE = 2.5;
/** A baseline step this many times the usual line pitch separates paragraphs. */
export const PARAGRAPH_GAP = 1.5;
/** A line this much larger than the body size is a heading. */
export const HEADING_SIZE = 1.15;
/** Headings are short: a bold line longer than this (code points) is emphasis, not a heading. */
export const HEADING_MAX = 60;
/** A heading's next line this close below it (ems) carries it on, if the first line is this wide (share of the column). */
export const HEADING_WRAP_GAP = 2;
export const HEADING_WRAP_WIDTH = 0.6;
/** Type this much smaller than the body, at the foot of a page (share of its height), is footnotes. */
export const FOOTNOTE_SIZE = 0.85;
export const FOOTNOTE_ZONE = 0.3;
/** Running headers and footers live in this share of the page height at top and bottom. */
export const MARGIN_ZONE = 0.1;
/** A column gutter is at least this wide (points) and lies in this band of the page width. */
export const GUTTER_MIN = 8;
export const GUTTER_BAND: [number, number] = [0.25, 0.75];
/** Share of a page's rows that must have text on each side of a gutter. */
export const COLUMN_ROWS = 0.3;
/** Share of a page's lines that may cross a gutter (titles, full-width figures). */
export const GUTTER_CROSSING = 0.15;

/** Page numbers as printed: 3, - 3 -, — 3 —, 第3页, 3/10, 第3页 共10页, Page 3 of 10. */
export const PAGE_NUMBER: RegExp[] = [
  /^[\s\-—–－─―·•]*\d{1,4}[\s\-—–－─―·•]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];

/**
 * Radicals whose Unicode equivalent is a variant the article did not write:
 * the PDF producer found the radical through a font glyph it shares with the
 * everyday character, which depends on the script (a Simplified font draws
 * ⼾ as 户, a Traditional one as 戶).
 */
export const RADICAL_BY_SCRIPT: Record<number, { hans: string; hant: string }> = {
  0x2f3e: { hans: '户', hant: '戶' },
  0x2fad: { hans: '青', hant: '青' },
};

/** Frequent characters that differ between the scripts: which one a document uses. */
export const HANS_MARKERS = '这们个发会国时为说对经过来还进动实现业务关';
export const HANT_MARKERS = '這們個發會國時為說對經過來還進動實現業務關';
