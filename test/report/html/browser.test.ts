// The HTML report in a real browser: Debian's Chromium driven by
// playwright-core (no browser download). One browser, many pages. Without a
// Chromium these tests fail and say so: a report nobody opened is not tested.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../src/text/codepoints.js';
import { corpusDir, referencePath } from '../../paths.js';
import { HtmlFolder } from '../../../src/report/html/folder.js';
import { HtmlFraming } from '../../../src/report/html/framing.js';
import { packArticle, packChunk } from '../../../src/report/html/pack.js';
import { OutputSink } from '../../../src/report/sink.js';
import { HOSTILE, reportOf } from './render.js';

const CHROMIUM = process.env.WENXI_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots for people to look at while building; never committed. */
const SHOTS = join(tmpdir(), 'wenxi-report-shots');

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium; .ci/run does) or set WENXI_CHROMIUM`);
  browser = await chromium.launch({ executablePath: CHROMIUM });
  dir = mkdtempSync(join(tmpdir(), 'wenxi-browser-'));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** every request other than the report file itself (all are blocked) */
  requests: string[];
  /** console errors and uncaught exceptions */
  errors: string[];
  dialogs: string[];
}

async function open(file: string, opts: { js?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ javaScriptEnabled: opts.js ?? true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const o: Opened = { page, requests: [], errors: [], dialogs: [] };
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    o.requests.push(u);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') o.errors.push(m.text());
  });
  page.on('pageerror', (e) => o.errors.push(e.message));
  page.on('dialog', (d) => {
    o.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  return o;
}

const write = (name: string, html: string) => {
  const f = join(dir, name);
  writeFileSync(f, html);
  return f;
};

describe('the reference article', () => {
  const { html, analysis, source } = reportOf(referencePath);
  let o: Opened;
  beforeAll(async () => {
    o = await open(write('reference.html', html));
  });
  afterAll(async () => {
    await o?.page.context().close();
  });

  it('marks every figure at its offsets: each mark holds the text at [start, end) and follows the text before it', async () => {
    const found = await o.page.$$eval('mark[data-figure]', (ms) =>
      ms.map((m) => {
        // the text of the mark's line before it
        const r = document.createRange();
        r.setStart(m.closest('p, h1, h2, h3, h4, h5, h6')!, 0);
        r.setEndBefore(m);
        return { n: Number((m as HTMLElement).dataset.figure), text: m.textContent, before: r.toString() };
      }),
    );
    expect(found.map((f) => f.n).sort((a, b) => a - b)).toEqual(analysis.figures.map((_, i) => i));
    for (const f of found) {
      const fig = analysis.figures[f.n]!;
      expect(f.text).toBe(sliceCodePoints(source.text, fig.start, fig.end));
      const lineStart = Array.from(source.text).lastIndexOf('\n', fig.start - 1) + 1;
      expect(f.before).toBe(sliceCodePoints(source.text, lineStart, fig.start));
    }
  });

  it('lists the four 答卷 sections in the outline, each scrolling to its heading', async () => {
    const nav = o.page.getByRole('navigation', { name: /outline/ });
    const links = nav.getByRole('link', { name: /答好/ });
    expect(await links.allTextContents()).toEqual([
      '答好“学习卷”,促党员干部学思践悟',
      '答好“作风卷”,聚为民服务蓬勃力量',
      '答好“民生卷”,解人民群众急难愁盼',
      '答好“发展卷”,创动能转换优质环境',
    ]);
    await links.nth(3).click();
    const heading = o.page.getByRole('heading', { name: '答好“发展卷”,创动能转换优质环境', level: 3 });
    await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
    expect(await nav.locator('.theme').allTextContents()).toEqual(['学习', '作风', '民生', '发展']);
  });

  it('shows a mark\'s value, unit and category on hover', async () => {
    const m = o.page.locator('mark', { hasText: '860万元' });
    await m.hover();
    const tip = o.page.getByRole('tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    // 860万元 is 8,600,000 元, money; read from the article by hand
    expect(await tip.textContent()).toContain('8,600,000 元');
    expect(await tip.textContent()).toContain('money');
    await o.page.screenshot({ path: join(SHOTS, 'reference-hover.png') });
  });

  it('narrows the table by category and by the search box', async () => {
    const rows = o.page.locator('.figtable tbody tr:visible');
    expect(await rows.count()).toBe(analysis.figures.length);
    await o.page.getByRole('combobox', { name: /category/ }).selectOption('money');
    // the article's three amounts: 860万元, 40亿元, 15亿元
    expect((await rows.locator('td:nth-child(2)').allTextContents()).sort()).toEqual(['15亿元', '40亿元', '860万元']);
    await o.page.getByRole('combobox', { name: /category/ }).selectOption('');
    await o.page.getByRole('searchbox', { name: /search/ }).fill('771户');
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(['771户']);
    await o.page.getByRole('searchbox', { name: /search/ }).fill('');
    expect(await rows.count()).toBe(analysis.figures.length);
    // the figures of the 民生卷 section, read from its paragraph by hand
    await o.page.getByRole('combobox', { name: /section/ }).selectOption('答好“民生卷”,解人民群众急难愁盼');
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(['860万元', '78处', '771户', '1352人', '21个']);
    await o.page.getByRole('combobox', { name: /section/ }).selectOption('');
  });

  it('downloads the visible rows as CSV', async () => {
    await o.page.getByRole('combobox', { name: /category/ }).selectOption('money');
    const [download] = await Promise.all([o.page.waitForEvent('download'), o.page.getByRole('button', { name: /download/ }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/);
    expect(csv[0]).toMatch(/^# 序号,原文 text,数值 value/);
    expect(csv.slice(1).map((l) => l.split(',')[1]).sort()).toEqual(['15亿元', '40亿元', '860万元']);
    // values as numbers, for a spreadsheet
    expect(csv.slice(1).map((l) => l.split(',')[2]).sort()).toEqual(['1500000000', '4000000000', '8600000']);
    await o.page.getByRole('combobox', { name: /category/ }).selectOption('');
  });

  it('sorts the table by value', async () => {
    await o.page.getByRole('button', { name: /数值 value/ }).click();
    await o.page.getByRole('button', { name: /数值 value/ }).click();
    const first = await o.page.locator('.figtable tbody tr td:nth-child(2)').first().textContent();
    expect(first).toBe('40亿元');
  });

  it('reaches every mark with the Tab key, in text order, and shows its details on focus', async () => {
    await o.page.locator('#text-h').focus().catch(() => undefined);
    await o.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: number[] = [];
    for (let i = 0; i < 400 && reached.length < analysis.figures.length; i++) {
      await o.page.keyboard.press('Tab');
      const n = await o.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.figure ?? null);
      if (n !== null) reached.push(Number(n));
    }
    const inTextOrder = analysis.figures.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start).map((x) => x.i);
    expect(reached).toEqual(inTextOrder);
    expect(await o.page.getByRole('tooltip').isVisible()).toBe(true);
  });

  it('has the landmarks, headings and labelled controls of the accessibility tree', async () => {
    const p = o.page;
    expect(await p.getByRole('main').count()).toBe(1);
    expect(await p.getByRole('banner').count()).toBe(1);
    expect(await p.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['肥城经开区初心"四卷"加快动能转换']);
    expect(await p.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(4);
    expect(await p.getByRole('searchbox', { name: /search/ }).count()).toBe(1);
    expect(await p.getByRole('combobox', { name: /category/ }).count()).toBe(1);
    expect(await p.getByRole('button', { name: /copy as CSV/ }).count()).toBe(1);
    const tree = await p.locator('body').ariaSnapshot();
    expect(tree).toMatch(/navigation "提纲 outline"/);
    expect(tree).toMatch(/searchbox "搜索 search"/);
    expect(tree).toMatch(/table/);
  });

  it('keeps text contrast at WCAG AA (4.5:1) in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await o.page.emulateMedia({ colorScheme });
      const worst = await o.page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
        };
        const bg = lum(rgb(getComputedStyle(document.documentElement).backgroundColor));
        const out: [string, number][] = [];
        for (const sel of ['.text p', '.bp p', '.outline .count', '.outline .keys a', '.meta dt', 'th button', 'td', 'mark', '.legend', 'figcaption']) {
          const el = document.querySelector(sel);
          if (!el) continue;
          const fg = lum(rgb(getComputedStyle(el).color));
          out.push([sel, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)]);
        }
        return out.sort((a, b) => a[1] - b[1]);
      });
      expect(worst.length).toBeGreaterThan(5);
      expect(worst[0]![1], `${colorScheme}: ${worst[0]![0]}`).toBeGreaterThanOrEqual(4.5);
    }
    await o.page.emulateMedia({ colorScheme: 'light' });
  });

  it('sends no request and logs no error', () => {
    expect(o.requests).toEqual([]);
    expect(o.errors).toEqual([]);
  });

  it('reads without JavaScript: text, marks with their titles, outline, charts and table', async () => {
    const nojs = await open(join(dir, 'reference.html'), { js: false });
    const p = nojs.page;
    expect(await p.locator('mark[data-figure]').count()).toBe(analysis.figures.length);
    expect(await p.locator('mark', { hasText: '860万元' }).getAttribute('title')).toContain('8,600,000');
    expect(await p.locator('figure.chart svg').count()).toBeGreaterThanOrEqual(2);
    expect(await p.locator('.figtable tbody tr:visible').count()).toBe(analysis.figures.length);
    expect(await p.locator('.controls').isVisible()).toBe(false);
    await p.screenshot({ path: join(SHOTS, 'reference-nojs.png'), fullPage: true });
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.screenshot({ path: join(SHOTS, 'reference-dark.png') });
    await p.emulateMedia({ media: 'print' });
    await p.screenshot({ path: join(SHOTS, 'reference-print.png'), fullPage: true });
    await p.context().close();
  });
});

describe('a hostile article', () => {
  it('shows its markup as text, runs none of it and fetches nothing', async () => {
    const { html } = reportOf('hostile.txt', Buffer.from(HOSTILE));
    const o = await open(write('hostile.html', html));
    const p = o.page;
    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await p.locator('img, iframe').count()).toBe(0);
    expect(await p.locator('article').innerText()).toContain('"><img src=x onerror=alert(1)>');
    expect(await p.locator('article').innerText()).toContain('<script>window.__pwned = 1; alert("x")</script>');
    expect(o.dialogs).toEqual([]);
    expect(o.requests).toEqual([]);
    expect(o.errors).toEqual([]);
    await p.context().close();
  });
});

describe('every article of ../shared/corpus', () => {
  const files = ['', 'more', 'hant', 'html'].flatMap((sub) =>
    readdirSync(join(corpusDir, sub))
      .filter((f) => /\.(txt|html|md)$/.test(f) && f !== 'README.md')
      .map((f) => join(corpusDir, sub, f)),
  );

  const reports = new Map<string, ReturnType<typeof reportOf>>();

  it('opens each one-article report without console errors, marks equal to figure texts', async () => {
    expect(files.length).toBeGreaterThan(20);
    const context = await browser.newContext();
    const errors: string[] = [];
    await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : (errors.push(`request ${r.request().url()}`), r.abort())));
    const page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    for (const f of files) {
      const rep = reportOf(f);
      reports.set(f, rep);
      const { html, analysis } = rep;
      await page.goto(pathToFileURL(write('one.html', html)).href);
      const marks = await page.$$eval('mark[data-figure]', (ms) => ms.map((m) => [Number((m as HTMLElement).dataset.figure), m.textContent] as const));
      expect(marks.length, f).toBe(analysis.figures.length);
      for (const [n, t] of marks) expect(t, f).toBe(analysis.figures[n]!.text);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes one corpus page of all of them that opens quickly and filters by article', async () => {
    // the CLI's page writer, fed the analyses above (the CLI itself is in render.test.ts)
    const out = join(dir, 'corpus.html');
    const sink = await OutputSink.open(out);
    const framing = new HtmlFraming(sink);
    for (const f of files) {
      const rep = reports.get(f) ?? reportOf(f);
      await framing.write(packChunk(packArticle(rep.analysis, rep.source.text)));
    }
    await framing.end();
    await sink.close(true);
    const t0 = performance.now();
    const o = await open(out);
    const openMs = performance.now() - t0;
    expect(openMs).toBeLessThan(30_000); // only a guard against pathological slowness
    const p = o.page;
    expect(await p.locator('article.corpus-article').count()).toBe(files.length);
    expect(await p.locator('table.articles tbody tr').count()).toBe(files.length);
    await p.screenshot({ path: join(SHOTS, 'corpus.png') });
    const rows = p.locator('#figures tbody tr');
    const all = await rows.count();
    await p.getByRole('combobox', { name: /article/ }).selectOption(files[0]!);
    const one = await p.locator('#figures tbody tr:not([hidden])').count();
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThan(all);
    expect(o.requests).toEqual([]);
    expect(o.errors).toEqual([]);
    await p.context().close();
  });
});

describe('a folder of pages (-o DIR/)', () => {
  it('opens index.html, an article page and a figures page from file:// with no request and no error; links navigate only when clicked', async () => {
    const files = [referencePath, ...['06_xingan_45xiangmu_kaigong.txt', '12_renshebu_yibao_zhifu.txt'].map((f) => join(corpusDir, f))];
    const reps = files.map((f) => reportOf(f));
    const out = join(dir, 'folder');
    const folder = await HtmlFolder.open(out, { rowsPerPage: 40 });
    for (const rep of reps) await folder.write(packChunk(packArticle(rep.analysis, rep.source.text, { csv: true })));
    await folder.error(join(dir, 'missing.txt'), 'no such file or directory');
    await folder.end();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const navigations: string[] = [];
    const errors: string[] = [];
    // Only a top-level navigation to a page of the folder may load; any other request (a script,
    // a style, an image, a fetch, a sibling file read by the page) is recorded and blocked.
    await context.route('**/*', (route) => {
      const req = route.request();
      const u = req.url();
      if (req.isNavigationRequest() && req.frame() === page.mainFrame() && u.startsWith(pathToFileURL(out).href + '/')) {
        navigations.push(u.slice(pathToFileURL(out).href.length + 1));
        return route.continue();
      }
      requests.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    expect(navigations).toEqual(['index.html']); // nothing else is fetched by the front page
    expect(await page.locator('table.articles tbody tr').count()).toBe(files.length);
    expect(await page.locator('.errors').textContent()).toContain('missing.txt');
    await page.screenshot({ path: join(SHOTS, 'folder-index.png') });

    // an article: its page, its marks equal to its figures' texts, and back
    await page.locator('table.articles a').nth(1).click();
    await page.waitForURL(/articles\/0002\.html$/);
    const marks = await page.$$eval('mark[data-figure]', (ms) => ms.map((m) => m.textContent));
    expect(marks).toEqual(reps[1]!.analysis.figures.map((f) => f.text));
    await page.locator('mark[data-figure]').first().hover();
    await expect.poll(() => page.getByRole('tooltip').isVisible()).toBe(true);
    await page.getByRole('link', { name: /下一篇 next/ }).click();
    await page.waitForURL(/articles\/0003\.html$/);
    await page.getByRole('link', { name: /corpus report/ }).click();
    await page.waitForURL(/index\.html$/);

    // the first figures page: 40 rows, filters over them, a row leading to its mark on the article's page
    await page.locator('#figures ol.pages a').first().click();
    await page.waitForURL(/figures-1\.html$/);
    const rows = page.locator('.figtable tbody tr:visible');
    expect(await rows.count()).toBe(40);
    await page.getByRole('combobox', { name: /article/ }).selectOption({ label: files[1]! });
    const ofSecond = reps[1]!.analysis.figures.length;
    expect(await rows.count()).toBe(Math.min(ofSecond, 40 - reps[0]!.analysis.figures.length));
    await page.getByRole('combobox', { name: /article/ }).selectOption('');
    await page.getByRole('combobox', { name: /category/ }).selectOption('money');
    // the reference article's three amounts (860万元, 40亿元, 15亿元) come first; read by hand
    expect((await rows.locator('td:nth-child(2)').allTextContents()).slice(0, 3)).toEqual(['860万元', '40亿元', '15亿元']);
    await rows.first().locator('td:first-child a').click();
    await page.waitForURL(/articles\/0001\.html#a0-f\d+$/);
    expect(await page.locator('mark:target').textContent()).toBe('860万元');

    expect(navigations).toEqual(['index.html', 'articles/0002.html', 'articles/0003.html', 'index.html', 'figures-1.html', expect.stringMatching(/^articles\/0001\.html/)]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
