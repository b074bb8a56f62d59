// What Chinese text is made of, for judging whether a decoding is plausible,
// and which legacy encodings to try when the bytes are not UTF-8.

/** Tried in this order when a file is not UTF-8; the most plausible decoding wins. */
export const LEGACY_CANDIDATES = ['gb18030', 'big5hkscs', 'cp950'] as const;

/** How an encoding is reported and suggested (iconv-lite's name → the user's). */
export const ENCODING_LABEL: Record<string, string> = {
  big5hkscs: 'big5',
  cp950: 'big5',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
};

/**
 * Everyday characters: GB2312's 6,763 hanzi (rows 0xB0–0xF7) and Big5's 5,401
 * frequently used ones (0xA440–0xC67E). Text decoded with the wrong legacy
 * encoding turns into rare characters, kana, box drawing and private use.
 */
export const COMMON_HANZI_RANGES: { encoding: string; lead: [number, number]; trail: [number, number][] }[] = [
  { encoding: 'gb18030', lead: [0xb0, 0xf7], trail: [[0xa1, 0xfe]] },
  { encoding: 'cp950', lead: [0xa4, 0xc5], trail: [[0x40, 0x7e], [0xa1, 0xfe]] },
  { encoding: 'cp950', lead: [0xc6, 0xc6], trail: [[0x40, 0x7e]] },
];

/** Declared charsets (HTML meta, XML declaration) and what iconv-lite calls them. */
export const DECLARED_ALIASES: Record<string, string> = {
  'utf8': 'utf-8',
  'utf-8': 'utf-8',
  'gb2312': 'gb18030',
  'gbk': 'gb18030',
  'x-gbk': 'gb18030',
  'gb_2312-80': 'gb18030',
  'gb18030': 'gb18030',
  'big5': 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  'x-x-big5': 'big5hkscs',
  'cp950': 'cp950',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};
