// The HTML report as a folder of pages (-o DIR/): the pages it writes, the
// links between them, the marks of each article page, the paged figures
// table and figures.csv, old files in the folder, and write errors. In a
// browser: browser.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { HtmlFolder } from '../../../src/report/html/folder.js';
import { packArticle, packChunk } from '../../../src/report/html/pack.js';
import { corpusDir, referencePath } from '../../paths.js';
import { wenxi } from '../../cli/run-cli.js';
import { reportOf } from './render.js';

const tmp = mkdtempSync(join(tmpdir(), 'wenxi-folder-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** RFC 4180 as csv-stringify writes it: quoted fields with doubled quotes, records ending in \n. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

/** A small subset of ../shared/corpus, for speed: plain text, HTML and Traditional articles. */
const SUBSET = [
  referencePath,
  join(corpusDir, '06_xingan_45xiangmu_kaigong.txt'),
  join(corpusDir, '12_renshebu_yibao_zhifu.txt'),
  join(corpusDir, '23_guowuyuan_zhengfu_gongzuo_baogao_2019.txt'),
  ...readdirSync(join(corpusDir, 'html'))
    .filter((f) => f.endsWith('.html'))
    .slice(0, 1)
    .map((f) => join(corpusDir, 'html', f)),
  ...readdirSync(join(corpusDir, 'hant'))
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 1)
    .map((f) => join(corpusDir, 'hant', f)),
];

/** Every link of every page in the folder leads to a file there, and a #fragment to an element of it. */
function brokenLinks(dir: string): string[] {
  const pages = [join(dir, 'index.html'), ...readdirSync(join(dir, 'articles')).map((f) => join(dir, 'articles', f)), ...readdirSync(dir).filter((f) => /^figures-\d+\.html$/.test(f)).map((f) => join(dir, f))];
  const docs = new Map<string, Document>();
  const docOf = (f: string) => docs.get(f) ?? (docs.set(f, doc(f)), docs.get(f)!);
  const broken: string[] = [];
  for (const page of pages) {
    for (const a of docOf(page).querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      expect(href, page).not.toMatch(/^[a-z]+:|^\/\//i); // relative only: no file:, http: or absolute path
      const [path, frag] = href.split('#') as [string, string | undefined];
      const target = path ? resolve(dirname(page), decodeURIComponent(path)) : page;
      if (!target.startsWith(dir) || !existsSync(target)) broken.push(`${page}: ${href}`);
      else if (frag && target.endsWith('.html') && !docOf(target).getElementById(decodeURIComponent(frag))) broken.push(`${page}: ${href}`);
    }
  }
  return broken;
}

describe('wenxi analyze -o DIR/', () => {
  const out = join(tmp, 'report') + '/';
  const missing = join(tmp, 'missing.txt');
  const r = wenxi(['analyze', '--no-progress', '-o', out, ...SUBSET, missing]);
  const json = JSON.parse(wenxi(['analyze', '-f', 'json', '--no-progress', ...SUBSET]).stdout) as { path: string; figures: { text: string; value: number }[] }[];

  it('writes the front page, one page per article, the figures pages and figures.csv; stdout stays empty', () => {
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['articles', 'figures-1.html', 'figures.csv', 'index.html']);
    expect(readdirSync(join(out, 'articles'))).toEqual(SUBSET.map((_, i) => `${String(i + 1).padStart(4, '0')}.html`));
  });

  it('says a failed input on stderr, exits 1 and lists it on the front page', () => {
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`wenxi: ${missing}: no such file or directory\n`);
    const d = doc(join(out, 'index.html'));
    expect(d.querySelector('.errors')!.textContent).toBe(`${missing}: no such file or directory`);
  });

  it('lists every article on the front page, each linking to its own page, in input order', () => {
    const d = doc(join(out, 'index.html'));
    const links = [...d.querySelectorAll('table.articles tbody tr td:first-child a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(SUBSET.map((_, i) => `articles/${String(i + 1).padStart(4, '0')}.html`));
    SUBSET.forEach((p, i) => {
      const page = doc(join(out, links[i]!.getAttribute('href')!));
      expect(page.querySelector('footer')!.textContent).toContain(p);
    });
  });

  it('has no broken link: every relative link leads to a page of the folder, every #fragment to an element', () => {
    expect(brokenLinks(resolve(out))).toEqual([]);
  });

  it("marks each article page's figures with exactly their texts, and links back to the front page", () => {
    SUBSET.forEach((p, i) => {
      const d = doc(join(out, 'articles', `${String(i + 1).padStart(4, '0')}.html`));
      const a = json[i]!;
      expect(a.path).toBe(p);
      expect([...d.querySelectorAll('mark[data-figure]')].map((m) => m.textContent), p).toEqual(a.figures.map((f) => f.text));
      expect(d.querySelector('a[href="../index.html"]')).not.toBeNull();
      expect(d.querySelector('a[rel=prev]') === null).toBe(i === 0);
      expect(d.querySelector('a[rel=next]') === null).toBe(i === SUBSET.length - 1);
    });
  });

  it('writes the whole figures table as figures.csv: one row per figure, the value a number, the article its path', () => {
    const csv = readFileSync(join(out, 'figures.csv'), 'utf8');
    expect(csv.startsWith('\ufeff# 序号,原文 text,数值 value,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    for (const c of rows) expect(c.length).toBe(11);
    const want = json.flatMap((a) => a.figures.map((f, i) => [String(i), f.text, f.value, a.path]));
    expect(rows.slice(1).map((c) => [c[0], c[1], Number(c[2]), c[10]])).toEqual(want);
    // the same rows as the figures page shows
    const d = doc(join(out, 'figures-1.html'));
    expect(d.querySelectorAll('.figtable tbody tr').length).toBe(want.length);
  });

  it('gives one input the same layout', () => {
    const one = join(tmp, 'one') + '/';
    const r1 = wenxi(['analyze', '-o', one, referencePath]);
    expect(r1.code).toBe(0);
    expect(readdirSync(one).sort()).toEqual(['articles', 'figures-1.html', 'figures.csv', 'index.html']);
    expect(readdirSync(join(one, 'articles'))).toEqual(['0001.html']);
    expect(brokenLinks(resolve(one))).toEqual([]);
  });
});

describe('the paged figures table', () => {
  const dir = join(tmp, 'paged');
  const reports = SUBSET.slice(0, 3).map((f) => reportOf(f));
  const total = reports.reduce((n, r) => n + r.analysis.figures.length, 0);

  it('splits the rows into pages of at most N, in corpus order, chained by previous/next links', async () => {
    const folder = await HtmlFolder.open(dir, { rowsPerPage: 20 });
    for (const rep of reports) await folder.write(packChunk(packArticle(rep.analysis, rep.source.text, { csv: true })));
    await folder.end();
    const pages = Math.ceil(total / 20);
    expect(total).toBeGreaterThan(40); // at least three pages, so a middle page has both links
    const files = readdirSync(dir).filter((f) => f.startsWith('figures-'));
    expect(files.sort()).toEqual(Array.from({ length: pages }, (_, i) => `figures-${i + 1}.html`).sort());
    const texts: string[] = [];
    for (let k = 1; k <= pages; k++) {
      const d = doc(join(dir, `figures-${k}.html`));
      const rows = [...d.querySelectorAll('.figtable tbody tr')];
      expect(rows.length).toBe(k < pages ? 20 : total - 20 * (pages - 1));
      texts.push(...rows.map((tr) => tr.querySelectorAll('td')[1]!.textContent!));
      expect(d.querySelector('a[rel=prev]')?.getAttribute('href') ?? null).toBe(k > 1 ? `figures-${k - 1}.html` : null);
      expect(d.querySelector('a[rel=next]')?.getAttribute('href') ?? null).toBe(k < pages ? `figures-${k + 1}.html` : null);
      // the article filter offers the articles of this page only, by the rows' links
      const offered = [...d.querySelectorAll('select[data-filter=art] option')].slice(1).map((o) => o.getAttribute('value'));
      const linked = new Set(rows.map((tr) => tr.querySelector('td.col-art a')!.getAttribute('href')));
      expect(new Set(offered)).toEqual(linked);
    }
    expect(texts).toEqual(reports.flatMap((r) => r.analysis.figures.map((f) => f.text)));
    const index = doc(join(dir, 'index.html'));
    expect([...index.querySelectorAll('#figures ol.pages a')].map((a) => a.getAttribute('href'))).toEqual(files.sort((a, b) => parseInt(a.slice(8)) - parseInt(b.slice(8))));
    expect(brokenLinks(resolve(dir))).toEqual([]);
  });
});

describe('an existing folder', () => {
  it("overwrites wenxi's own pages, removes its pages that the new run no longer has, and leaves other files alone", () => {
    const dir = join(tmp, 'old');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    const wenxiPage = '<!doctype html>\n<html><head><meta charset="utf-8"><meta name="generator" content="wenxi"><title>old</title></head></html>';
    writeFileSync(join(dir, 'index.html'), wenxiPage);
    writeFileSync(join(dir, 'articles', '0007.html'), wenxiPage); // an older, larger run's page
    writeFileSync(join(dir, 'figures-9.html'), wenxiPage);
    writeFileSync(join(dir, 'articles', '0008.html'), '<p>my own page</p>'); // not wenxi's: kept
    writeFileSync(join(dir, 'notes.txt'), 'analyst notes');
    const r = wenxi(['analyze', '-f', 'html', '-o', dir, referencePath, SUBSET[1]!]); // an existing directory, no slash
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['articles', 'figures-1.html', 'figures.csv', 'index.html', 'notes.txt']);
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual(['0001.html', '0002.html', '0008.html']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('analyst notes');
    expect(doc(join(dir, 'index.html')).querySelectorAll('table.articles tbody tr').length).toBe(2);
    // no temporary file is left behind
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('errors', () => {
  it('a page that cannot be written: one line naming it, exit 1, no stack trace', () => {
    const dir = join(tmp, 'blocked');
    mkdirSync(join(dir, 'articles', '0001.html'), { recursive: true }); // a directory where the first page goes
    const r = wenxi(['analyze', '--no-progress', '-o', dir + '/', referencePath, SUBSET[1]!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`wenxi: ${join(dir, 'articles', '0001.html')}: cannot write: is a directory\n`);
    expect(readdirSync(join(dir, 'articles'))).toEqual(['0001.html']);
    // no temporary file left behind (figures.csv was being written), and no front page for a run that failed
    expect(readdirSync(dir)).toEqual(['articles']);
  });

  it('a folder that cannot be made: one line, exit 1, before any work', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = wenxi(['analyze', '-o', `${file}/sub/`, referencePath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`wenxi: ${file}/sub/: cannot write: a part of the path is not a directory\n`);
  });

  it('a folder for a format that has none, or for stats, is a usage error', () => {
    const dir = join(tmp, 'usage') + '/';
    const j = wenxi(['figures', '-f', 'json', '-o', dir, referencePath]);
    expect(j.code).toBe(2);
    expect(j.stderr).toMatch(/^wenxi: -o .*usage\/: only -f html writes a folder/);
    const s = wenxi(['stats', '-f', 'html', '-o', dir, referencePath]);
    expect(s.code).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });
});
