// Cues of sentences a person would not quote on their own.

/** Longer sentences are run-ons (a paragraph without stops, a glued list): never key sentences. */
export const QUOTABLE_MAX = 500;

/**
 * Openings that lean on the sentence before (其中，… 同时，… 这是…): quoted
 * alone they lose their subject, so they rank lower, not out.
 */
export const DEPENDENT_OPENING = /^(?:其中|同时|此外|另外|与此同时|但是?|然而|不过|而且?|并且|因此|所以|对此|为此|这(?:是|也|一|些|就)|此外|也就是说|换言之|总之|据此)[，,、]?/;
export const DEPENDENT_FACTOR = 0.5;

/** The first sentences of a section or a news item say what it is about: a prior that fades by position. */
export const LEAD_PRIOR = 0.6;

/** News of at most this many characters, without headed sections, is summarised by its lead. */
export const SHORT_NEWS_MAX = 3000;
/** How much of the lead: sentences up to this many characters (at least one). */
export const LEAD_SUMMARY_CHARS = 100;
/** A lead sentence says something: shorter ones (a dateline, a caption) are passed over. */
export const LEAD_MIN = 12;
/** The lead proper restates the headline: at least this many shared character bigrams … */
export const HEADLINE_ECHO = 3;
/** … among this many opening sentences. */
export const LEAD_LOOKAHEAD = 3;
/** Page furniture glued into a sentence (one-line bodies): such a sentence is not quoted. */
export const FURNITURE_IN_SENTENCE =
  /版权所有|(?:禁止|谢绝|未经.{0,8})转载|转载请注明|责任编辑[:：]|扫一扫|扫码关注|关注.{0,6}(?:微信|公众号|微博)|点击(?:进入|查看|阅读)|我来说两句|[［【]详细[］】]/;
