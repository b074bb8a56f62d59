// Heading layouts of Chinese reports and news: numbering families in the
// conventional order of official documents (第一部分 > 一、 > （一） > 1. > （1） > ①),
// length limits for unnumbered headings, and the cues that rule a line out.

export interface NumberFamily {
  name: string;
  /** anchored at the start of a trimmed line */
  pattern: RegExp;
  /** nesting order: smaller is shallower */
  rank: number;
}

const CN = '[一二三四五六七八九十〇零]{1,3}';

export const NUMBER_FAMILIES: NumberFamily[] = [
  { name: 'part', pattern: new RegExp(`^第${CN}(?:部分|章|篇|编)`), rank: 0 },
  { name: 'part-arabic', pattern: /^第\d{1,2}(?:部分|章|篇|编)/, rank: 0 },
  { name: 'section-cn', pattern: new RegExp(`^第${CN}节`), rank: 0.5 },
  { name: 'cn', pattern: new RegExp(`^${CN}\\s*[、．]`), rank: 1 },
  // 01综合 02农业 … of statistical bulletins: a zero-padded number glued to the word (counts only with a 0x member)
  { name: 'arabic-glued', pattern: /^(?:0[1-9]|[12]\d)(?=[\u3400-\u9fff])(?![年月日时分秒个万亿千百元人户家项条次名位倍])/, rank: 1 },
  { name: 'cn-paren', pattern: new RegExp(`^[（(]\\s*${CN}\\s*[）)]`), rank: 2 },
  { name: 'arabic', pattern: /^\d{1,2}\s*(?:[、．]|\.(?!\d))/, rank: 3 },
  { name: 'arabic-paren', pattern: /^[（(]\s*\d{1,2}\s*[）)]/, rank: 4 },
  { name: 'circled', pattern: /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/, rank: 5 },
];

/** A numbered heading carries at most this much text after its number. */
export const NUMBERED_MAX = 60;
/** An unnumbered heading line is short: 答好“学习卷”,促党员干部学思践悟 is 16. */
export const LAYOUT_MIN = 4;
export const LAYOUT_MAX = 32;
/** Lines sharing a parallel opening may be a little longer. */
export const PARALLEL_MAX = 44;
/** A family (or unnumbered layout) needs this many headings to count as structure. */
export const MIN_SIBLINGS = 2;

/** Characters that end a sentence: a line ending in one is running text, not a heading. */
export const SENTENCE_END = /[。！？!?；;…：:，,、]$/;
/** Any sentence end inside the line: headings are one phrase. */
export const SENTENCE_MARK = /[。！？!?；;]/;

/** A themed heading names its theme in quotes (“红榜”, 答好“学习卷”): at most this long inside them. */
export const THEMED_QUOTE_MAX = 8;

/** Lines that look short but are captions, run-in leads or salutations. */
export const NOT_HEADING: RegExp[] = [
  /^(?:图为|图片|图\s*[:：]|▲|△|■|◆|※|注\s*[:：]|附件|附\s*[:：])/,
  /(?:摄|供图|图片来源.*)[）)]?$/,
  /^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|同时|此外|另外)/,
  /^[（(].*[）)]$/,
];
