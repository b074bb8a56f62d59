// Part-of-speech tables (jieba's tag set) for keyword candidates.

/** jieba's TextRank default allowPOS. */
export const TEXTRANK_POS: ReadonlySet<string> = new Set(['ns', 'n', 'vn', 'v']);

/**
 * Tag prefixes that never make a keyword: numerals and classifiers (m, mq, q),
 * pronouns (r), adverbs (d), prepositions (p), conjunctions (c), particles
 * (u, uj, ul, uz, ug, uv, ud), interjections and onomatopoeia (e, y, o),
 * time words (t: 今年, 近年来) and locatives (f: 以来, 之间).
 */
export const EXCLUDED_POS_PREFIXES: readonly string[] = ['m', 'q', 'r', 'd', 'p', 'c', 'u', 'e', 'y', 'o', 't', 'f'];
