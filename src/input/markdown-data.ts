// What the Markdown reader keys on.

/** A bold paragraph this short is a run-in label (**紓解民困方面：**); longer ones are a bold lead. */
export const BOLD_LABEL_MAX = 24;

/** Cells of a table row are joined by a tab: the article model reads the row as one table line. */
export const TABLE_CELL_SEPARATOR = '\t';

/** Front-matter keys → the metadata they give. */
export const FRONT_MATTER_KEYS: Record<string, 'title' | 'date' | 'author'> = {
  title: 'title',
  date: 'date',
  published: 'date',
  author: 'author',
  authors: 'author',
};

/** Markdown syntax below a `# ` title that plain text does not have. */
export const MARKDOWN_CUES: RegExp[] = [
  /\n[ \t]{0,3}[-*+][ \t]+\S/, // list item
  /\n#{2,6}[ \t]+\S/, // sub-heading
  /\*\*[^*\n]{1,80}\*\*/, // bold
  /\n\|[^\n]*\|[ \t]*\n\|[ \t:]*-{3,}/, // table header + separator
  /\n[ \t]{0,3}>[ \t]/, // block quote
];

/** Hard-wrapped Markdown lines are at least this long; a shorter line without an end mark stood alone (a heading). */
export const WRAP_MIN = 40;
