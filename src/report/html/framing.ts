// The page around the results, written as they stream by. One article makes a
// one-article page (outline beside the text); several make one file with a
// front page, a figures table across the corpus and each article as its own
// section. The front page comes first but is known last, so article sections
// and table rows go to two temporary spool files and are copied into place at
// the end: memory holds only the small per-article index, time stays linear.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputSink } from '../sink.js';
import { esc } from './escape.js';
import { ARTICLES_HEAD, CorpusIndex } from './overview.js';
import { unpackChunk, type PackedArticle } from './pack.js';
import { corpusArticle, fill, singlePage } from './pages.js';
import { pageHead, pageTail } from './shell.js';
import { Spool } from './spool.js';
import { TABLE_TAIL, tableHead } from './table.js';

export class HtmlFraming {
  private first: PackedArticle | null = null;
  private count = 0;
  private dir: string | null = null;
  private articles: Spool | null = null;
  private rows: Spool | null = null;
  private plain: Spool | null = null;
  private readonly corpus = new CorpusIndex();
  private readonly categories = new Set<string>();
  private readonly statuses = new Set<string>();
  private readonly paths: [string, string][] = [];

  constructor(private readonly sink: OutputSink) {}

  private async spools(): Promise<void> {
    if (this.dir) return;
    const dir = (this.dir = await mkdtemp(join(tmpdir(), 'wenxi-html-')));
    // A run that dies before end() must not leave its spools behind.
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    this.articles = await Spool.open(join(this.dir, 'articles.html'));
    this.rows = await Spool.open(join(this.dir, 'rows.html'));
    this.plain = await Spool.open(join(this.dir, 'plain.html'));
  }

  async write(chunk: string): Promise<void> {
    const p = unpackChunk(chunk);
    if (p.kind === 'plain') {
      await this.spools();
      await this.plain!.write(`<section><h2>${esc(p.path)}</h2><pre>${esc(p.text)}</pre></section>\n`);
      this.count += 2; // never a one-article page
      return;
    }
    const n = this.count++;
    if (n === 0) {
      this.first = p;
      return;
    }
    if (this.first) {
      const f = this.first;
      this.first = null;
      await this.add(f, 0);
    }
    await this.add(p, n);
  }

  private async add(p: PackedArticle, n: number): Promise<void> {
    await this.spools();
    const x = p.index;
    this.corpus.add(x, `#a${n}`);
    for (const [c] of x.categories) this.categories.add(c);
    for (const s of x.statuses) this.statuses.add(s);
    this.paths.push([`#a${n}-top`, x.path]);
    await this.rows!.write(fill(p.rows, `a${n}-`));
    await this.articles!.write(corpusArticle(p, n));
  }

  async error(path: string, message: string): Promise<void> {
    this.corpus.error(path, message);
  }

  async end(): Promise<void> {
    try {
      if (this.first && !this.corpus.failed && !this.dir) {
        await this.sink.write(singlePage(this.first));
        return;
      }
      if (this.first) {
        const f = this.first;
        this.first = null;
        await this.add(f, 0);
      }
      await this.corpusPage();
    } finally {
      if (this.dir) await rm(this.dir, { recursive: true, force: true });
    }
  }

  private async corpusPage(): Promise<void> {
    const s = this.corpus.summary();
    const w = (x: string) => this.sink.write(x);
    await w(pageHead('语料报告 corpus report — wenxi'));
    await w(
      `<div class="page">${this.corpus.header(s)}` +
        `<nav aria-label="目录 contents"><h2>目录 contents</h2><ol class="outline"><li><a href="#overview">概览 overview</a></li><li><a href="#over-time">历年数据 over time</a></li><li><a href="#articles">文章 articles</a></li><li><a href="#figures">数据表 figures table</a></li><li><a href="#texts">全文 article reports</a></li></ol></nav>` +
        `<main id="main">${this.corpus.overview(s)}` +
        `<section id="articles" aria-labelledby="articles-h"><h2 id="articles-h">文章 articles</h2>${ARTICLES_HEAD}`,
    );
    for (const r of this.corpus.rows) await w(r);
    await w(`</tbody></table></div></section><section id="figures" aria-labelledby="figures-h"><h2 id="figures-h">数据表 figures table</h2>`);
    await w(tableHead('', { categories: this.categories, statuses: this.statuses, sections: [], articles: this.paths }, true));
    if (this.rows) await this.rows.copyTo(this.sink);
    await w(`${TABLE_TAIL}</section><section id="texts" aria-labelledby="texts-h"><h2 id="texts-h" class="sr">全文 article reports</h2>\n`);
    if (this.articles) await this.articles.copyTo(this.sink);
    if (this.plain) await this.plain.copyTo(this.sink);
    await w(`</section></main><footer>wenxi</footer></div>`);
    await w(pageTail());
  }
}

export { singlePage, statsPage } from './pages.js';
