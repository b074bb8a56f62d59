// The HTML report as a folder of pages (`-o DIR/`), for corpora too large to
// open as one file: a front page (index.html), one page per article
// (articles/0001.html …), the corpus figures table in pages of a bounded
// number of rows (figures-1.html …) and the whole table as figures.csv. Each
// page is written to a temporary file and renamed as soon as it is complete;
// memory holds the small per-article index, one article and one table page.
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, open, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '../../input/expand.js';
import { delimitedRows } from '../delimited.js';
import { OutputError, OutputSink } from '../sink.js';
import { esc } from './escape.js';
import { ARTICLES_HEAD, CorpusIndex } from './overview.js';
import { ID, unpackChunk, type PackedArticle, type PackedPlain } from './pack.js';
import { fill, singlePage } from './pages.js';
import { pageHead, pageTail } from './shell.js';
import { COLUMN_NAMES, TABLE_TAIL, tableHead } from './table.js';

/** Rows per figures page: a page of 2,000 rows is about 1 MB and opens in well under a second. */
export const FIGURES_PER_PAGE = 2000;

/** The name of the n-th article's page (n from 0), relative to the folder. */
export const articleFile = (n: number) => `articles/${String(n + 1).padStart(4, '0')}.html`;
export const figuresFile = (k: number) => `figures-${k}.html`;

/** Names wenxi writes in the folder; old ones beyond this run's count are removed (only if wenxi wrote them). */
const OWN_ARTICLE = /^(\d{4,})\.html$/;
const OWN_FIGURES = /^figures-(\d+)\.html$/;
const GENERATOR = '<meta name="generator" content="wenxi">';

/**
 * One page, whole: written to a temporary name beside it and renamed, so a
 * reader never sees half a page. Any failure is the page's: `wenxi: PAGE: cannot write: …`.
 */
async function writePage(path: string, html: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.wenxi-${process.pid}.tmp`);
  // Synchronous: a page is tens of kilobytes, and each asynchronous call costs
  // more CPU in promises and thread-pool hand-offs than the write itself.
  try {
    writeFileSync(tmp, html);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // never written
    }
    throw new OutputError(path, describeFsError(e));
  }
}

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e]!);

interface TablePage {
  k: number;
  /** the number (from 1) of its first row in the corpus table */
  first: number;
  rows: string[];
  categories: Set<string>;
  statuses: Set<string>;
  articles: Map<string, string>;
}

export class HtmlFolder {
  private count = 0;
  private pending: { p: PackedArticle | PackedPlain; n: number } | null = null;
  private page: TablePage | null = null;
  private pages = 0;
  private rowsTotal = 0;
  private csv: OutputSink | null = null;
  private readonly corpus = new CorpusIndex();

  private constructor(
    readonly dir: string,
    private readonly perPage: number,
  ) {}

  /** Creates the folder (and articles/) before any work: an output that cannot be written stops the run at once. */
  static async open(dir: string, opts: { rowsPerPage?: number } = {}): Promise<HtmlFolder> {
    try {
      await mkdir(join(dir, 'articles'), { recursive: true });
    } catch (e) {
      throw new OutputError(dir, describeFsError(e));
    }
    return new HtmlFolder(dir, opts.rowsPerPage ?? FIGURES_PER_PAGE);
  }

  async write(chunk: string): Promise<void> {
    const p = unpackChunk(chunk);
    const n = this.count++;
    // An article's page is written when the next one arrives: only then is its "next" link known.
    if (this.pending) await this.articlePage(this.pending, true);
    this.pending = { p, n };
    const file = articleFile(n);
    if (p.kind === 'plain') {
      this.corpus.rows.push(`<tr><td><a href="${file}">${esc(p.path)}</a></td><td></td><td></td><td></td><td></td><td></td></tr>\n`);
      return;
    }
    this.corpus.add(p.index, file);
    await this.addRows(p, file);
  }

  async error(path: string, message: string): Promise<void> {
    this.corpus.error(path, message);
  }

  async end(): Promise<void> {
    if (this.pending) await this.articlePage(this.pending, false);
    this.pending = null;
    if (this.page) await this.tablePage(this.page, false);
    this.page = null;
    if (this.csv) await this.csv.close(true);
    this.csv = null;
    await this.removeStale();
    await writePage(join(this.dir, 'index.html'), this.frontPage());
  }

  /** A failed run: the table's CSV, still in its temporary file, is removed; pages already written stay. */
  async abort(): Promise<void> {
    await this.csv?.close(false).catch(() => undefined);
    this.csv = null;
  }

  private async articlePage(a: { p: PackedArticle | PackedPlain; n: number }, hasNext: boolean): Promise<void> {
    const { p, n } = a;
    const name = (i: number) => articleFile(i).slice('articles/'.length);
    const nav =
      `<p class="pager"><a href="../index.html">← 语料报告 corpus report</a>` +
      (n > 0 ? ` <a href="${name(n - 1)}" rel="prev">上一篇 previous</a>` : '') +
      (hasNext ? ` <a href="${name(n + 1)}" rel="next">下一篇 next</a>` : '') +
      `</p>`;
    const html =
      p.kind === 'article'
        ? singlePage(p, { nav })
        : pageHead(`${p.path} — wenxi`) +
          `<div class="page one"><header>${nav}<h1>${esc(p.path)}</h1></header><main id="main"><pre>${esc(p.text)}</pre></main></div>` +
          pageTail();
    await writePage(join(this.dir, articleFile(n)), html);
  }

  private async addRows(p: PackedArticle, file: string): Promise<void> {
    if (!p.rows) return;
    // The rows link to marks of this page (#\u0001f3) and to its top: in the folder they lead to the article's page.
    const rows = fill(p.rows.split(`"#${ID}`).join(`"${file}#a0-`), 'a0-');
    // The worker wrote the same rows as CSV lines (the layout asked for them: see RenderContext.folder).
    if (p.csv === undefined) throw new Error(`${p.index.path}: internal error: no CSV rows for the folder's figures.csv`);
    this.csv ??= await this.openCsv();
    for (let at = 0; at < rows.length; ) {
      const end = rows.indexOf('</tr>\n', at);
      const row = rows.slice(at, (at = end < 0 ? rows.length : end + '</tr>\n'.length));
      if (!row.trim()) continue;
      if (!this.page || this.page.rows.length >= this.perPage) {
        if (this.page) await this.tablePage(this.page, true);
        this.page = { k: ++this.pages, first: this.rowsTotal + 1, rows: [], categories: new Set(), statuses: new Set(), articles: new Map() };
      }
      const pg = this.page;
      pg.rows.push(row);
      this.rowsTotal++;
      const head = row.match(/^<tr data-cat="([^"]*)"(?: data-status="([^"]*)")?/);
      if (head?.[1]) pg.categories.add(head[1]);
      if (head?.[2]) pg.statuses.add(unescape(head[2]));
      pg.articles.set(`${file}#a0-top`, p.index.path);
    }
    // the sink gathers these into large writes (text-batch.ts)
    await this.csv.write(p.csv);
  }

  private async openCsv(): Promise<OutputSink> {
    const sink = await OutputSink.open(join(this.dir, 'figures.csv'));
    // A BOM, as the pages' "download CSV": spreadsheets then read the file as UTF-8.
    await sink.write('\ufeff' + delimitedRows([COLUMN_NAMES], ','));
    return sink;
  }

  private async tablePage(pg: TablePage, hasNext: boolean): Promise<void> {
    const last = pg.first + pg.rows.length - 1;
    const pager =
      `<p class="pager"><a href="index.html">← 语料报告 corpus report</a>` +
      (pg.k > 1 ? ` <a href="${figuresFile(pg.k - 1)}" rel="prev">上一页 previous</a>` : '') +
      (hasNext ? ` <a href="${figuresFile(pg.k + 1)}" rel="next">下一页 next</a>` : '') +
      ` <a href="figures.csv">figures.csv</a></p>`;
    const w: string[] = [
      pageHead(`数据表 figures ${pg.k} — wenxi`),
      `<div class="page one"><header>${pager}<h1>数据表 figures table · 第 ${pg.k} 页 page ${pg.k}</h1>` +
        `<p>第 ${pg.first}–${last} 条 rows ${pg.first}–${last}。排序、筛选和搜索只作用于本页；整张表见 figures.csv — sort, filter and search act on this page; the whole table is figures.csv.</p></header>` +
        `<main id="main">`,
      tableHead('', { categories: pg.categories, statuses: pg.statuses, sections: [], articles: [...pg.articles] }, true),
      ...pg.rows,
      `${TABLE_TAIL}${pager.replace('<p class="pager">', '<p class="pager" aria-label="pages">')}</main><footer>wenxi</footer></div>`,
      pageTail(),
    ];
    await writePage(join(this.dir, figuresFile(pg.k)), w.join(''));
  }

  private frontPage(): string {
    const s = this.corpus.summary();
    const figures = this.pages
      ? `<p>${this.rowsTotal} 项数据，分 ${this.pages} 页 figures in ${this.pages} pages of at most ${this.perPage} rows; the whole table for spreadsheets: <a href="figures.csv">figures.csv</a></p>` +
        `<ol class="pages">${Array.from({ length: this.pages }, (_, i) => {
          const first = i * this.perPage + 1;
          const last = Math.min(this.rowsTotal, (i + 1) * this.perPage);
          return `<li><a href="${figuresFile(i + 1)}">第 ${i + 1} 页 page ${i + 1}</a> (${first}–${last})</li>`;
        }).join('')}</ol>`
      : '<p class="none">没有数据 no figures</p>';
    return (
      pageHead('语料报告 corpus report — wenxi') +
      `<div class="page">${this.corpus.header(s)}` +
      `<nav aria-label="目录 contents"><h2>目录 contents</h2><ol class="outline"><li><a href="#overview">概览 overview</a></li><li><a href="#over-time">历年数据 over time</a></li><li><a href="#figures">数据表 figures table</a></li><li><a href="#articles">文章 articles</a></li></ol></nav>` +
      `<main id="main">${this.corpus.overview(s)}` +
      `<section id="figures" aria-labelledby="figures-h"><h2 id="figures-h">数据表 figures table</h2>${figures}</section>` +
      `<section id="articles" aria-labelledby="articles-h"><h2 id="articles-h">文章 articles</h2>${ARTICLES_HEAD}${this.corpus.rows.join('')}</tbody></table></div></section>` +
      `</main><footer>wenxi</footer></div>` +
      pageTail()
    );
  }

  /** Pages an earlier, larger run left here: removed when wenxi wrote them, so no stale page poses as part of this report. */
  private async removeStale(): Promise<void> {
    const stale: string[] = [];
    const list = async (dir: string) => readdir(dir).catch(() => [] as string[]);
    for (const f of await list(join(this.dir, 'articles'))) {
      const m = f.match(OWN_ARTICLE);
      if (m && Number(m[1]) > this.count) stale.push(join(this.dir, 'articles', f));
    }
    for (const f of await list(this.dir)) {
      const m = f.match(OWN_FIGURES);
      if (m && Number(m[1]) > this.pages) stale.push(join(this.dir, f));
    }
    if (!this.pages) stale.push(join(this.dir, 'figures.csv'));
    for (const f of stale) if (await writtenByWenxi(f)) await unlink(f).catch(() => undefined);
  }
}

async function writtenByWenxi(path: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'r');
    const buf = Buffer.alloc(1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString('utf8');
    return head.includes(GENERATOR) || (path.endsWith('figures.csv') && head.startsWith('\ufeff' + COLUMN_NAMES[0]));
  } catch {
    return false;
  } finally {
    await fh?.close();
  }
}
