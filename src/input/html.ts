// HTML → readable text with a real parser: blocks become lines, <h1>–<h4> stay
// lines of their own (reported for section detection), script/style vanish.
import { lazy } from '../util/lazy.js';
import {
  BLOCK_ELEMENTS,
  HEADING_ELEMENTS,
  MAIN_CONTENT_MIN,
  META_AUTHOR_NAMES,
  META_DATE_NAMES,
  META_TITLE_NAMES,
  BANNER_CONTAINERS,
  HEADLINE_MIN,
  INFO_LINE,
  INFO_LINE_MAX,
  INFO_LINES_MAX,
  SITE_SEPARATOR,
  TITLE_WITHIN_LINES,
  READABILITY_CHAR_THRESHOLD,
  SKIPPED_ELEMENTS,
} from './html-data.js';

const htmlparser2 = lazy<typeof import('htmlparser2')>('htmlparser2');

export interface HtmlText {
  text: string;
  /** 0-based line numbers of <h1>–<h4> text in `text` */
  headingLines: number[];
  /** the <hN> level of each headingLines entry */
  headingLevels?: number[];
  /** 0-based line numbers of table rows (cells joined by a tab) */
  tableLines?: number[];
}

/** Between a row's cells while the row is read; becomes a tab. */
const CELL_BREAK = '\u0001';

export function htmlToText(html: string): HtmlText {
  const lines: { text: string; heading: number; table: boolean }[] = [];
  let current = '';
  let skipDepth = 0;
  let headingDepth = 0;
  /** level of the innermost open <h1>–<h4> */
  let headingLevel = 0;
  let preDepth = 0;
  // a table row is one line, its cells separated by tabs: cells are not lines of prose
  let rowDepth = 0;

  const flush = () => {
    if (rowDepth) return;
    const t = current.replace(/[ \t\u00a0\u3000]+/g, ' ').trim();
    if (t) lines.push({ text: t, heading: headingDepth > 0 ? headingLevel : 0, table: false });
    current = '';
  };
  const flushRow = () => {
    const cells = current.split(CELL_BREAK).map((c) => c.replace(/[ \t\u00a0\u3000]+/g, ' ').trim());
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    if (cells.some((c) => c)) lines.push({ text: cells.join('\t'), heading: 0, table: true });
    current = '';
  };

  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name) {
        if (SKIPPED_ELEMENTS.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth) return;
        if (name === 'tr') {
          flush();
          rowDepth++;
          return;
        }
        if (rowDepth) {
          if (name === 'br' || BLOCK_ELEMENTS.has(name)) current += ' ';
          return;
        }
        if (name === 'br') {
          flush();
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) flush();
        if (HEADING_ELEMENTS.has(name)) {
          headingDepth++;
          headingLevel = Number(name.slice(1));
        }
        if (name === 'pre') preDepth++;
      },
      ontext(data) {
        if (skipDepth) return;
        if (preDepth && !rowDepth) {
          const parts = data.split('\n');
          parts.forEach((p, i) => {
            if (i > 0) flush();
            current += p;
          });
          return;
        }
        current += data.replace(/\s+/g, ' ');
      },
      onclosetag(name, isImplied) {
        if (SKIPPED_ELEMENTS.has(name)) {
          if (skipDepth) skipDepth--;
          return;
        }
        if (skipDepth) return;
        if (rowDepth) {
          if (name === 'td' || name === 'th') current += CELL_BREAK;
          else if (name === 'tr') {
            rowDepth--;
            if (!rowDepth) flushRow();
          }
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) flush();
        if (HEADING_ELEMENTS.has(name) && headingDepth) headingDepth--;
        if (name === 'pre' && preDepth) preDepth--;
        void isImplied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (rowDepth) {
    rowDepth = 0;
    flushRow();
  }
  flush();

  const headingLines: number[] = [];
  const headingLevels: number[] = [];
  const tableLines: number[] = [];
  lines.forEach((l, i) => {
    if (l.heading) {
      headingLines.push(i);
      headingLevels.push(l.heading);
    }
    if (l.table) tableLines.push(i);
  });
  return { text: lines.map((l) => l.text).join('\n'), headingLines, headingLevels, tableLines };
}

/** Does this text look like HTML (for stdin and files without a telling extension)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|p|div)[\s>]/.test(head);
}

export interface HtmlArticle extends HtmlText {
  headingLevels: number[];
  hints: { title?: string; date?: string; author?: string };
}

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
const linkedom = lazy<Linkedom>('linkedom');
const readability = lazy<ReadabilityModule>('@mozilla/readability');

const squash = (s: string) => s.replace(/\s+/g, '').replace(FOOTNOTE_MARKS, '');
const FOOTNOTE_MARKS = /\[\d{1,2}\]|［\d{1,2}］/g;

interface MetaElement {
  getAttribute(name: string): string | null;
}
interface Doc {
  querySelectorAll(selector: string): Iterable<MetaElement & { textContent: string | null; closest?(selector: string): unknown }>;
  title?: string;
}

/**
 * The page's headline: an <h1> whose text the <title> repeats (the site's
 * banner is an <h1> too, but the <title> names the article first).
 */
function headlineOf(doc: Doc): string | undefined {
  const pageTitle = squash(doc.title ?? '');
  const h1s = [...doc.querySelectorAll('h1')]
    .map((h) => ({ text: (h.textContent ?? '').replace(/\s+/g, ' ').trim(), banner: !!h.closest?.(BANNER_CONTAINERS) }))
    .filter((h) => squash(h.text).length >= HEADLINE_MIN);
  const repeated = h1s.find((h) => pageTitle.startsWith(squash(h.text)));
  if (repeated) return repeated.text;
  // else the one <h1> outside links, headers and navigation (a banner sits in those)
  const content = h1s.filter((h) => !h.banner);
  return content.length === 1 ? content[0]!.text : undefined;
}

/** 某市2022年统计公报 _ 中国某市 → 某市2022年统计公报: the longest part between site separators. */
function withoutSiteName(title: string): string {
  const parts = title.replace(/\s+/g, ' ').split(SITE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '') || title.trim();
}

function metaContent(doc: Doc, names: string[]): string | undefined {
  const metas = [...doc.querySelectorAll('meta')];
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const m of metas) {
      const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
      const v = m.getAttribute('content')?.trim();
      if (key === lower && v) return v;
    }
  }
  return undefined;
}

/**
 * A saved web page → the text of its main content, the way reader views show
 * it: Mozilla's Readability picks the article block (site banner, menus,
 * 关联稿件 lists and footers stay out), htmlparser2 turns it into lines as
 * htmlToText does, and the article's own title heads the text when the block
 * does not already open with it. Title, date and author the page states in
 * <meta> come back as hints. A page Readability cannot read falls back to the
 * whole page.
 */
export function htmlArticleToText(html: string): HtmlArticle {
  let doc: Doc | null = null;
  try {
    doc = linkedom().parseHTML(html).document as unknown as Doc;
  } catch {
    doc = null;
  }
  const hints: HtmlArticle['hints'] = {};
  let main: string | null = null;
  if (doc) {
    // read before Readability, which rewrites the document
    const title = metaContent(doc, META_TITLE_NAMES) ?? headlineOf(doc);
    const date = metaContent(doc, META_DATE_NAMES);
    const author = metaContent(doc, META_AUTHOR_NAMES);
    if (date) hints.date = date;
    if (author) hints.author = author;
    try {
      const r = new (readability().Readability)(doc as never, { charThreshold: READABILITY_CHAR_THRESHOLD }).parse();
      if (r?.content && (r.textContent ?? '').replace(/\s+/g, '').length >= MAIN_CONTENT_MIN) main = r.content;
      const t = title ?? (r?.title ? withoutSiteName(r.title) : undefined);
      if (t && squash(t).length >= HEADLINE_MIN) hints.title = t;
      if (!hints.date && r?.publishedTime) hints.date = r.publishedTime;
    } catch {
      main = null;
      if (title) hints.title = title;
    }
  }
  const body = htmlToText(main ?? html);
  const headingLevels = body.headingLevels ?? body.headingLines.map(() => 2);
  if (main === null) return { ...body, headingLevels, hints };
  const lines = body.text.split('\n');
  // the block may open with a crumb trail or a date line before the headline
  const opening = lines.filter((l) => l.trim()).slice(0, TITLE_WITHIN_LINES);
  const has = (l: string) => {
    const a = squash(l);
    const t = squash(hints.title!);
    return a !== '' && (a.startsWith(t) || t.startsWith(a));
  };
  const info = hints.title ? infoLines(html, hints.title, lines) : [];
  if (hints.title && !opening.some(has)) return prepend([hints.title, ...info], { ...body, headingLevels }, [1], hints);
  if (info.length) {
    // after the headline line of the block
    const at = lines.findIndex(has) + 1;
    return insertAt(at, info, { ...body, headingLevels }, hints);
  }
  return { ...body, headingLevels, hints };
}

/**
 * The article's info line (来源：市统计局　发布时间：2023-04-20 10:15) often
 * sits between the headline and the content block, outside what Readability
 * keeps. It is taken from the page, just after the headline, so the article
 * model reads date, source and author from it as from any metadata line.
 */
function infoLines(html: string, title: string, mainLines: string[]): string[] {
  const page = htmlToText(html).text.split('\n');
  const t = squash(title);
  const at = page.findIndex((l) => squash(l) === t);
  if (at < 0) return [];
  const inMain = new Set(mainLines.map(squash));
  const out: string[] = [];
  for (const l of page.slice(at + 1, at + 1 + INFO_LINES_MAX)) {
    if (inMain.has(squash(l))) break;
    if (l.length <= INFO_LINE_MAX && INFO_LINE.test(l)) out.push(l);
  }
  return out;
}

/** Lines before the block's text; the first `levels.length` of them are headings of those levels. */
function prepend(extra: string[], body: HtmlText & { headingLevels: number[] }, levels: number[], hints: HtmlArticle['hints']): HtmlArticle {
  const n = extra.length;
  return {
    text: [...extra, body.text].join('\n'),
    headingLines: [...levels.map((_, i) => i), ...body.headingLines.map((i) => i + n)],
    headingLevels: [...levels, ...body.headingLevels],
    tableLines: (body.tableLines ?? []).map((i) => i + n),
    hints,
  };
}

function insertAt(at: number, extra: string[], body: HtmlText & { headingLevels: number[] }, hints: HtmlArticle['hints']): HtmlArticle {
  const lines = body.text.split('\n');
  const n = extra.length;
  const shift = (i: number) => (i >= at ? i + n : i);
  return {
    text: [...lines.slice(0, at), ...extra, ...lines.slice(at)].join('\n'),
    headingLines: body.headingLines.map(shift),
    headingLevels: body.headingLevels,
    tableLines: (body.tableLines ?? []).map(shift),
    hints,
  };
}
