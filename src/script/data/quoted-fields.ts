// Result fields that quote the article. A Traditional input's stages read its
// Simplified view; these fields are given back in the article's own script.
// Anything else (unit, category, date, path, enums) is wenxi's own vocabulary
// and stays as the stages wrote it: units are canonical Simplified (户, 个, 元)
// so that corpus statistics merge.

/** fields that equal the text at their object's start/end when they quote it exactly */
export const SPAN_TEXT_FIELDS: readonly string[] = ['text', 'word'];

/** fields (strings, or arrays of strings) that quote the article somewhere near their object */
export const QUOTED_FIELDS: readonly string[] = [
  'text',
  'word',
  'label',
  'sentence',
  'heading',
  'theme',
  'title',
  'author',
  'editor',
  'source',
  'period',
  'subject',
  'sectionHeadings',
];

/**
 * fields that quote their own object's clause (a figure's label, sentence,
 * period): looked for only near the object, so one that the stages composed
 * from pieces costs a window, not a search of the whole text
 */
export const NEAR_FIELDS: readonly string[] = ['label', 'sentence', 'period'];
