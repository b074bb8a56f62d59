// Cues for reading a heading's theme without a segmenter.

/** Quote pairs whose content names the theme: 答好“学习卷” → 学习卷. */
export const QUOTES: Array<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['《', '》'],
  // 【工业经济】 — bracketed section labels of bulletins
  ['【', '】'],
  ['〖', '〗'],
  ['[', ']'],
];

/** A quoted theme is short; longer quotes are slogans, not terms. */
export const QUOTED_MAX = 8;

/** Generic trailing characters of quoted themes (学习卷, 民生篇) stripped when 2+ remain. */
export const GENERIC_SUFFIXES = ['卷', '篇', '章', '课', '题'];

/** Leading verbs and adverbs of task headings (坚持创新引领发展 → 创新引领发展). */
export const LEAD_VERBS = [
  '进一步',
  '持续',
  '继续',
  '坚持',
  '加强',
  '加快',
  '推动',
  '推进',
  '促进',
  '着力',
  '深化',
  '大力',
  '全面',
  '扎实',
  '切实',
  '积极',
  '不断',
  '努力',
  '强化',
  '提升',
  '提高',
  '优化',
  '完善',
  '打好',
  '答好',
  '做好',
  '抓好',
  '聚焦',
  '围绕',
  '实施',
  '激发',
  '培育',
  '壮大',
  '对标',
];

/** A theme is a term: anything longer is cut to its head. */
export const THEME_MAX = 8;
/** When cutting, a 4-character phrase is the usual Chinese term size. */
export const THEME_CUT = 4;
