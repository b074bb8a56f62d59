// The page around the results, written as they stream by. One article makes a
// one-article page (outline beside the text); several make one file with a
// front page, a figures table across the corpus and each article as its own
// section. The front page comes first but is known last, so article sections
// and table rows go to two temporary spool files and are copied into place at
// the end: memory holds only the small per-article index, time stays linear.
import { rmSync } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputSink } from '../sink.js';
import { esc } from './escape.js';
import { ARTICLES_HEAD, CorpusIndex } from './overview.js';
import { unpackChunk, type PackedArticle, type SpoolRef } from './pack.js';
import { corpusArticle, fill, singlePage } from './pages.js';
import { pageHead, pageTail } from './shell.js';
import { Spool } from './spool.js';
import { TABLE_TAIL, tableHead } from './table.js';

export class HtmlFraming {
  private first: PackedArticle | null = null;
  /** inputs seen so far, articles or not, failed or not */
  private inputs = 0;
  private dir: string | null = null;
  private articles: Spool | null = null;
  private rows: Spool | null = null;
  private plain: Spool | null = null;
  private readonly corpus = new CorpusIndex();
  private readonly categories = new Set<string>();
  private readonly statuses = new Set<string>();
  private readonly paths: [string, string][] = [];
  /**
   * Articles whose parts workers spooled (worker-spool.ts), with the articles
   * added here, in input order: a ref, or how many bytes of this writer's own
   * spool an article took.
   */
  private readonly rowParts: (SpoolRef | number)[] = [];
  private readonly sectionParts: (SpoolRef | number)[] = [];
  private spooledByWorkers = false;

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

  /** The folder where workers spool their articles' parts (created now). */
  async spoolDir(): Promise<string> {
    await this.spools();
    return this.dir!;
  }

  // Every input takes the next number, a failed one too, so that an
  // article's ids (a<number>-…) are its place among the inputs: the same
  // whether it was analysed here or spooled by a worker (which knows only
  // that place), and so the same page for -j 1 and -j 2.
  async write(chunk: string): Promise<void> {
    const p = unpackChunk(chunk);
    const n = this.inputs++;
    if (p.kind === 'spooled') {
      this.spooledByWorkers = true;
      await this.held();
      const x = p.index;
      this.corpus.add(x, `#a${p.seq}`);
      for (const [c] of x.categories) this.categories.add(c);
      for (const st of x.statuses) this.statuses.add(st);
      this.paths.push([`#a${p.seq}-top`, x.path]);
      this.rowParts.push(p.rows);
      this.sectionParts.push(p.section);
      return;
    }
    if (p.kind === 'plain') {
      await this.spools();
      await this.plain!.write(`<section><h2>${esc(p.path)}</h2><pre>${esc(p.text)}</pre></section>\n`);
      return;
    }
    if (n === 0) {
      this.first = p; // a one-article page if nothing else comes
      return;
    }
    await this.held();
    await this.add(p, n);
  }

  /** The first article, held back in case it was the only input, into the corpus. */
  private async held(): Promise<void> {
    if (!this.first) return;
    const f = this.first;
    this.first = null;
    await this.add(f, 0);
  }

  private async add(p: PackedArticle, n: number): Promise<void> {
    await this.spools();
    const x = p.index;
    this.corpus.add(x, `#a${n}`);
    for (const [c] of x.categories) this.categories.add(c);
    for (const s of x.statuses) this.statuses.add(s);
    this.paths.push([`#a${n}-top`, x.path]);
    const rows = fill(p.rows, `a${n}-`);
    const section = corpusArticle(p, n);
    this.rowParts.push(Buffer.byteLength(rows));
    this.sectionParts.push(Buffer.byteLength(section));
    await this.rows!.write(rows);
    await this.articles!.write(section);
  }

  async error(path: string, message: string): Promise<void> {
    this.inputs++;
    this.corpus.error(path, message);
  }

  async end(): Promise<void> {
    try {
      if (this.first && this.inputs === 1 && !this.dir) {
        await this.sink.write(singlePage(this.first));
        return;
      }
      await this.held();
      await this.corpusPage();
    } finally {
      if (this.dir) await rm(this.dir, { recursive: true, force: true });
    }
  }

  /**
   * The parts into the page in input order: this writer's own spool as it is
   * when no worker spooled, else range by range from the workers' files and
   * this one's, in batches of about a megabyte.
   */
  private async copyParts(own: Spool, parts: (SpoolRef | number)[]): Promise<void> {
    if (!this.spooledByWorkers) return own.copyTo(this.sink);
    const ownPath = await own.finish();
    const files = new Map<string, FileHandle>();
    let ownAt = 0;
    let buf = Buffer.allocUnsafe(COPY_BATCH);
    let used = 0;
    const flush = async () => {
      if (!used) return;
      await this.sink.write(buf.subarray(0, used));
      buf = Buffer.allocUnsafe(COPY_BATCH); // the sink may still hold the old one
      used = 0;
    };
    try {
      for (const part of parts) {
        const ref = typeof part === 'number' ? { file: ownPath, at: ownAt, bytes: part } : part;
        if (typeof part === 'number') ownAt += part;
        let fh = files.get(ref.file);
        if (!fh) files.set(ref.file, (fh = await open(ref.file, 'r')));
        for (let done = 0; done < ref.bytes; ) {
          if (used === buf.length) await flush();
          const n = Math.min(ref.bytes - done, buf.length - used);
          const { bytesRead } = await fh.read(buf, used, n, ref.at + done);
          if (bytesRead === 0) throw new Error(`${ref.file}: the spooled report part is cut short`);
          used += bytesRead;
          done += bytesRead;
        }
      }
      await flush();
    } finally {
      for (const fh of files.values()) await fh.close();
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
    if (this.rows) await this.copyParts(this.rows, this.rowParts);
    await w(`${TABLE_TAIL}</section><section id="texts" aria-labelledby="texts-h"><h2 id="texts-h" class="sr">全文 article reports</h2>\n`);
    if (this.articles) await this.copyParts(this.articles, this.sectionParts);
    if (this.plain) await this.plain.copyTo(this.sink);
    await w(`</section></main><footer>wenxi</footer></div>`);
    await w(pageTail());
  }
}

/** Bytes read from the spools before one write to the page. */
const COPY_BATCH = 1 << 20;

export { singlePage, statsPage } from './pages.js';
