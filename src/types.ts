// The data that flows one way through wenxi:
//   input (SourceText) → article (Article) → tokens (Token) → figures / sections → report.
// Every offset is a Unicode code point index into SourceText.text, end exclusive.

/** A decoded input: the single source of truth for every offset wenxi prints. */
export interface SourceText {
  /** file path, "-" for stdin, or a corpus record id */
  path: string;
  /** detected or forced encoding, e.g. "utf-8", "utf-8-bom", "utf-16le", "gb18030" */
  encoding: string;
  /** how the text was written: plain, Markdown or HTML (HTML has been turned into text);
   * pdf, docx and doc have been turned into text by their readers */
  format: 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'doc';
  /** decoded text with line endings normalised to \n */
  text: string;
  /** 0-based line numbers that came from <h1>–<h4> (HTML) — heading candidates for sections */
  headingLines: number[];
  /** the script the input is written in (detected, or --script); set by the pipeline */
  script?: 'hans' | 'hant';
  /** a Traditional input as written, when `text` is the Simplified view the stages read
   * (same length in code points and UTF-16 units, so every offset holds for both) */
  original?: string;
  /** markup level (1–6, h1/`#` = 1; 7 = a bold run-in label) of each headingLines entry, when the markup gives one */
  headingLevels?: number[];
  /** 0-based line numbers the markup says are table rows (Markdown, docx) or list items: never headings, never summary sentences */
  tableLines?: number[];
  listLines?: number[];
  /** metadata the markup states outside the text (HTML <meta>, Markdown front matter) */
  hints?: { title?: string; date?: string; author?: string };
}

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  word: string;
  tag?: string;
}

export const FIGURE_CATEGORIES = [
  'money',
  'households',
  'people',
  'projects',
  'facilities',
  'events',
  'quantity',
  'area',
  'capacity',
  'percent',
  'other',
] as const;

export type FigureCategory = (typeof FIGURE_CATEGORIES)[number];

export interface Figure extends Span {
  /** exact span: number, multiplier and unit (860万元) — equals the text sliced at start/end */
  text: string;
  /** fully normalised value (860万元 → 8600000); for ranges the low bound */
  value: number;
  /** base unit with the multiplier folded into value; null for a bare number (--all) */
  unit: string | null;
  category: FigureCategory;
  /** the short subject the figure measures, read from its clause */
  label: string | null;
  approx: boolean;
  /** an interval the text gives (3至5万元, 七八百) or a one-sided bound (500以上: max null; 不超过5公里: min null) */
  range?: { min: number | null; max: number | null };
  /** set on a discount (九折 = 90 %, the share of the price paid) */
  discount?: boolean;
  /** the time the figure refers to, from its sentence or section: "2019年", "1—7月", "截至7月底" (今年 resolved against the article's date) */
  period?: string;
  /** achieved or reported as fact, a goal or plan, or null when the text does not tell (always set by the extractor) */
  status?: FigureStatus | null;
  /** set when the figure is a change, not a level: 增长6.1% (up), 下降0.4% (down) */
  change?: FigureChange;
  /** with --explain: which rules produced the figure, its label, status and change */
  explain?: FigureExplain;
  /** the full sentence containing the figure */
  sentence: string;
  /** index of the section the figure stands in; null when sections were not computed */
  section: number | null;
}

export const FIGURE_STATUSES = ['actual', 'target'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

export interface FigureChange {
  direction: 'up' | 'down';
  /** what it is compared with, as written (同比, 比上年, 比2010年), or null */
  basis: string | null;
}

export interface FigureExplain {
  /** the extractor that read the number (quantity, range, compound-money …) */
  extractor: string;
  /** the label rule (counted, before, after, chain, fenbie …) */
  label: string;
  /** the signal that set the status (e.g. "target: 力争", "section: 2019年政府工作任务", "default") */
  status: string;
  /** the words that made it a change, if any */
  change?: string;
}

export interface Paragraph extends Span {
  text: string;
}

export interface Sentence extends Span {
  text: string;
  /** index into Article.paragraphs */
  paragraph: number;
}

export interface ArticleMeta {
  title: string | null;
  /** ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS when a time is given */
  date: string | null;
  author: string | null;
  editor: string | null;
  source: string | null;
  /** span of the headline (set by the article model when a title was found); the
   * title is not body text, but figures in it are real (45个 in a headline) */
  titleSpan?: Span;
}

export type BoilerplateKind = 'navigation' | 'meta' | 'copyright' | 'editor' | 'footer';

export interface Boilerplate extends Span {
  kind: BoilerplateKind;
  text: string;
}

export interface Keyword {
  word: string;
  weight: number;
}

export interface SummarySentence extends Span {
  text: string;
  score: number;
}

export interface Section extends Span {
  index: number;
  /** 1 for top level; deeper headings nest under the nearest shallower one */
  level: number;
  /** index of the parent section, null at top level */
  parent: number | null;
  heading: string | null;
  /** span of the heading line, null for an article without headings */
  headingSpan: Span | null;
  /** the key term the heading is built on (学习 in 答好"学习卷") */
  theme: string | null;
  /** sentence indices (into Article.sentences) of the section's body, in order */
  sentences: number[];
}

/** The raw-text model of an article: no segmentation is needed to build it. */
export interface Article {
  source: SourceText;
  meta: ArticleMeta;
  boilerplate: Boilerplate[];
  /** body spans: the text minus boilerplate and metadata lines */
  body: Span[];
  paragraphs: Paragraph[];
  /** body sentences only (boilerplate excluded) */
  sentences: Sentence[];
  sections: Section[];
  /** table-like runs (flattened cells, a table glued into the text): not headings, not key sentences */
  tables?: Span[];
}
