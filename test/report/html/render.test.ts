// The HTML report's markup, without a browser: marks at the figures' code
// point offsets, escaping, the CSP hashes, the code's size. What a browser
// does with it is in browser.test.ts.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it, onTestFinished } from 'vitest';
import { codeBytes } from '../../../src/report/html/shell.js';
import { sliceCodePoints } from '../../../src/text/codepoints.js';
import { corpusDir, referencePath } from '../../paths.js';
import { wenxi } from '../../cli/run-cli.js';
import { singlePage } from '../../../src/report/html/framing.js';
import { packArticle } from '../../../src/report/html/pack.js';
import { HOSTILE, reportOf } from './render.js';
import { fitText } from '../../../src/report/html/charts.js';

const doc = (html: string) => parseHTML(html).document;

describe('one article', () => {
  const { html, analysis, source } = reportOf(referencePath);
  const d = doc(html);

  it('marks every figure of the reference article with exactly the text at its code point offsets', () => {
    const marks = [...d.querySelectorAll('mark[data-figure]')];
    expect(marks).toHaveLength(analysis.figures.length);
    analysis.figures.forEach((f, i) => {
      const m = d.querySelectorAll(`mark[data-figure="${i}"]`);
      expect(m.length).toBe(1);
      expect(m[0]!.textContent).toBe(sliceCodePoints(source.text, f.start, f.end));
    });
  });

  it('marks the amounts a reader sees in the reference article, money coloured as money', () => {
    // read from the article by hand: 先后投资860万元 … 计划投资40亿元,招商引资到位资金15亿元
    const money = [...d.querySelectorAll('mark.c-money')].map((m) => m.textContent);
    expect(money).toEqual(['860万元', '40亿元', '15亿元']);
    const m860 = [...d.querySelectorAll('mark')].find((m) => m.textContent === '860万元')!;
    expect(m860.getAttribute('title')).toContain('8,600,000');
  });

  it('has the four 答卷 sections as headings in the text and entries in the outline', () => {
    const outline = [...d.querySelectorAll('nav .outline > li > a')].map((a) => a.textContent);
    for (const k of ['学习卷', '作风卷', '民生卷', '发展卷']) expect(outline.some((t) => t!.includes(k))).toBe(true);
    const headings = [...d.querySelectorAll('article h3.sec-h')].map((h) => h.textContent);
    expect(headings.map((h) => h!.match(/“(\S+卷)”/)?.[1])).toEqual(['学习卷', '作风卷', '民生卷', '发展卷']);
    for (const a of d.querySelectorAll('nav .outline a')) expect(d.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
  });

  it('leads every in-page link to an element of the page (outline, charts, table)', () => {
    const links = [...d.querySelectorAll('a[href^="#"]')];
    expect(links.length).toBeGreaterThan(analysis.figures.length + analysis.sections.length);
    for (const a of links) expect(d.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))), a.getAttribute('href')!).not.toBeNull();
    expect(d.querySelectorAll('figure.chart a[href^="#"]').length).toBeGreaterThan(0);
  });

  it('has one table row per figure and dims the boilerplate without dropping it', () => {
    expect(d.querySelectorAll('.figtable tbody tr').length).toBe(analysis.figures.length);
    const bp = [...d.querySelectorAll('.bp')].map((b) => b.textContent).join('');
    // the reference article's navigation, copyright notice and editor line, read by hand
    for (const t of ['当前位置', '未经允许不得转载', '责任编辑:赵洋']) expect(bp).toContain(t);
  });

  it('lets exactly its own style and script run (CSP hashes match) and fetches nothing', () => {
    const csp = d.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(d.querySelector('style')!.textContent!)}`);
    expect(csp).toContain(`script-src ${hash(d.querySelector('script')!.textContent!)}`);
    expect(d.querySelectorAll('[src], link, [style]').length).toBe(0);
  });

  it('weighs well under 150 KB of code and styles', () => {
    expect(codeBytes()).toBeLessThan(150 * 1024);
  });
});

describe('figures that carry status, change and period (issue 10 adds them)', () => {
  const { analysis, source } = reportOf(referencePath);
  const i40 = analysis.figures.findIndex((f) => f.text === '40亿元');
  const i860 = analysis.figures.findIndex((f) => f.text === '860万元');
  // 计划投资40亿元 is a plan; 先后投资860万元 was spent (read by hand)
  const figures = analysis.figures.map((f, i) =>
    i === i40 ? { ...f, status: 'target', period: '2019年' } : i === i860 ? { ...f, status: 'actual', change: { direction: 'up', by: 0.12 } } : f,
  );
  const d = doc(singlePage(packArticle({ ...analysis, figures }, source.text)));

  it('draws a target unlike an achieved figure and tells both on hover', () => {
    const m40 = d.querySelector(`mark[data-figure="${i40}"]`)!;
    const m860 = d.querySelector(`mark[data-figure="${i860}"]`)!;
    expect(m40.className).toContain('st-target');
    expect(m860.className).toContain('st-actual');
    expect(m40.getAttribute('title')).toContain('目标 target');
    expect(m40.getAttribute('title')).toContain('2019年');
    expect(m860.getAttribute('title')).toContain('direction up');
  });

  it('offers the statuses as a table filter', () => {
    const opts = [...d.querySelectorAll('select[data-filter="status"] option')].map((o) => o.getAttribute('value'));
    expect(opts).toEqual(['', 'actual', 'target']);
  });

  it('has no status filter when no figure has a status', () => {
    // every figure carries a status since issue 10; one without (status null) must not get the filter
    const { analysis, source } = reportOf(referencePath);
    const bare = analysis.figures.map((f) => ({ ...f, status: null }));
    const page = doc(singlePage(packArticle({ ...analysis, figures: bare }, source.text)));
    expect(page.querySelector('select[data-filter="status"]') === null).toBe(true);
    expect(doc(reportOf(referencePath).html).querySelector('select[data-filter="status"]') !== null).toBe(true);
  });
});

describe('a hostile article', () => {
  const { html, analysis } = reportOf('hostile.txt', Buffer.from(HOSTILE));
  const d = doc(html);

  it('shows its markup as text: one script (ours), no image, frame or handler', () => {
    expect(d.querySelectorAll('script').length).toBe(1);
    expect(d.querySelectorAll('img, iframe, svg[onload], b').length).toBe(0);
    expect(d.querySelectorAll('[onerror], [onload]').length).toBe(0);
    const text = d.querySelector('article')!.textContent!;
    expect(text).toContain('<script>alert(3)</script>');
    expect(text).toContain('"><img src=x onerror=alert(1)>');
    expect(text).toContain('&amp;');
  });

  it('replaces control characters, which HTML does not allow, without moving any mark', () => {
    const text = '投资\u0001860万元，\u0007建成超市78处。\n';
    const r = reportOf('ctl.txt', Buffer.from(text));
    const d2 = doc(r.html);
    expect(r.html).not.toMatch(/[\u0001\u0007]/);
    const marks = [...d2.querySelectorAll('mark[data-figure]')].map((m) => m.textContent);
    expect(marks).toEqual(r.analysis.figures.map((f) => f.text));
    expect(marks).toContain('78处');
  });

  it('still marks its figures', () => {
    const marks = [...d.querySelectorAll('mark[data-figure]')].map((m) => m.textContent);
    expect(marks).toEqual(analysis.figures.map((f) => f.text));
    expect(marks).toContain('860万元');
  });
});

describe('the CLI', () => {
  it('chooses html by the -o extension, and lays several articles out as one corpus page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenxi-html-test-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'report.html');
    const r = wenxi(['analyze', '--no-progress', '-o', out, referencePath, join(corpusDir, '06_xingan_45xiangmu_kaigong.txt'), join(dir, 'missing.txt')]);
    const d = doc(readFileSync(out, 'utf8'));
    expect(d.querySelectorAll('article.corpus-article').length).toBe(2);
    expect(d.querySelector('h1')!.textContent).toContain('corpus');
    expect(d.querySelectorAll('table.articles tbody tr').length).toBe(2);
    // ids stay unique with many articles on one page
    const ids = [...d.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of d.querySelectorAll('a[href^="#"]')) expect(d.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    // each row leads to its mark and to its article
    for (const tr of d.querySelectorAll('.figtable tbody tr')) {
      const [toMark, toArticle] = [...tr.querySelectorAll('a[href^="#"]')].map((a) => d.getElementById(a.getAttribute('href')!.slice(1)));
      expect(toMark?.tagName).toBe('MARK');
      expect(toArticle?.closest('article.corpus-article')?.contains(toMark!)).toBe(true);
    }
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^wenxi: .*missing\.txt: /m);
    expect(d.querySelector('.errors')!.textContent).toContain('missing.txt');
  });

  it('writes the same corpus page with -j 1 and -j 2, a failed input among the articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenxi-html-test-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const inputs = [referencePath, join(dir, 'missing.txt'), ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f))];
    const one = wenxi(['analyze', '--no-progress', '-j', '1', '-o', join(dir, 'j1.html'), ...inputs]);
    const two = wenxi(['analyze', '--no-progress', '-j', '2', '-o', join(dir, 'j2.html'), ...inputs]);
    expect([one.code, two.code]).toEqual([1, 1]);
    const page = readFileSync(join(dir, 'j2.html'), 'utf8');
    expect(page).toBe(readFileSync(join(dir, 'j1.html'), 'utf8'));
    // every article once, in input order (the failed input is listed on the front page instead)
    const d = doc(page);
    const titles = wenxi(['analyze', '-f', 'ndjson', ...inputs])
      .stdout.split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { path: string; meta?: { title: string | null } })
      .filter((a) => a.meta)
      .map((a) => a.meta!.title ?? a.path);
    expect(titles).toHaveLength(inputs.length - 1);
    expect([...d.querySelectorAll('article.corpus-article > h2')].map((h) => h.textContent)).toEqual(titles);
  });

  it('marks the figures of wenxi figures -f html too, with the sections around them', () => {
    const json = JSON.parse(wenxi(['figures', '-f', 'json', referencePath]).stdout) as { figures: { text: string }[] }[];
    const r = wenxi(['figures', '-f', 'html', referencePath]);
    expect(r.code).toBe(0);
    const d = doc(r.stdout);
    expect([...d.querySelectorAll('mark[data-figure]')].map((m) => m.textContent)).toEqual(json[0]!.figures.map((f) => f.text));
    expect(d.querySelectorAll('article h3.sec-h').length).toBe(4);
  });

  it('writes the corpus summary as a page: wenxi stats -f html', () => {
    const r = wenxi(['stats', '-f', 'html', '--no-progress', referencePath, join(corpusDir, '06_xingan_45xiangmu_kaigong.txt')]);
    expect(r.code).toBe(0);
    const d = doc(r.stdout);
    expect(d.querySelector('title')!.textContent).toContain('corpus');
    expect(d.querySelector('.meta')!.textContent).toContain('2');
    expect(d.querySelectorAll('figure.chart svg').length).toBeGreaterThan(0);
  });
});

describe('chart labels', () => {
  // 12 px a wide character, 7.2 px any other; the ellipsis (7.2 px) counts against the room.
  it('are cut to the room they have, by character width, never inside a surrogate pair', () => {
    expect(fitText('投资总额', 100)).toBe('投资总额');
    expect(fitText('中'.repeat(20), 100)).toBe('中'.repeat(7) + '…');
    expect(fitText('a'.repeat(30), 100)).toBe('a'.repeat(12) + '…');
    expect(fitText('𠮷'.repeat(20), 100)).toBe('𠮷'.repeat(7) + '…');
    expect(fitText('ＧＤＰ增长ABC'.repeat(5), 60)).toBe('ＧＤＰ增' + '…');
  });
});
