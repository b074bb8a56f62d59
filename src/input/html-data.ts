// Which HTML elements shape the extracted text.

/** Content that is never readable text. */
export const SKIPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'canvas', 'iframe', 'object', 'select', 'button',
]);

/** Elements whose start and end break the line. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title',
  'tr', 'ul', 'center',
]);

/** Headings kept as their own lines and reported as heading candidates. */
export const HEADING_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4']);

/** <meta> names/properties that state the article's own title, date and author (first found wins). */
export const META_TITLE_NAMES = ['ArticleTitle', 'og:title', 'twitter:title', 'title', 'dc.title'];
export const META_DATE_NAMES = [
  'PubDate',
  'article:published_time',
  'publishdate',
  'pubdate',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'date',
  'og:release_date',
];
export const META_AUTHOR_NAMES = ['author', 'article:author', 'dc.creator', 'Author'];

/** Main content shorter than this (characters) is a failed extraction: the whole page is read instead. */
export const MAIN_CONTENT_MIN = 80;
/** Readability's bar for a candidate block; Chinese packs more into a character than English. */
export const READABILITY_CHAR_THRESHOLD = 200;

/** Separators between the article's and the site's name in a <title> (某市统计公报 _ 中国某市). */
export const SITE_SEPARATOR = /\s+[_|｜\-–—]\s+|_|｜/;
/** A headline has at least this many characters (a banner logo's alt text has fewer). */
export const HEADLINE_MIN = 4;
/** Where a site's banner <h1> sits: a link to the home page, the page header, the navigation. */
export const BANNER_CONTAINERS = 'a, header, nav, .header, #header';
/** The article block states its headline within its first lines, or the headline is put before it. */
export const TITLE_WITHIN_LINES = 4;

/** An article info line: a date, source or author label with its colon (来源：… 发布时间：…). */
export const INFO_LINE = /(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期|文章来源|信息来源|来源|作者|记者|责任编辑|编辑)\s*[:：]/;
/** Info lines are short … */
export const INFO_LINE_MAX = 120;
/** … and stand within this many lines after the headline. */
export const INFO_LINES_MAX = 4;
