// The HTML report at corpus size: `analyze -f html` against `-f ndjson` on
// the same corpus (goal: within ±30 %), the report's size, and how long
// Debian's Chromium takes to open it from file:// — as one file (-o a.html)
// and as a folder of pages (-o DIR/: index.html, an article page, the first
// figures page). `npm run bench` calls
// this; alone: `node bench/html-report.js [--quick] [--dir DIR]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCorpus } from './corpus.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const bin = here('../bin/wenxi.js');
const CHROMIUM = process.env.WENXI_CHROMIUM ?? '/usr/bin/chromium';
const fmt = (x, d = 2) => x.toFixed(d);

/**
 * Wall and CPU seconds (user + system, from GNU time) of one whole run. On a
 * shared machine the wall clock mostly measures the neighbours; CPU time is
 * the work wenxi did.
 */
function seconds(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wenxi ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  const [wall, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys };
}

/**
 * Milliseconds from navigation to the load event and to the first paint of
 * each page, and (when `filter` names a figures table) to the first category
 * filter answered. One browser, a fresh tab per page.
 */
async function openInChromium(pages) {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const out = [];
    for (const { file, filter } of pages) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 300_000 });
      const load = performance.now() - t0;
      // A page is drawn while the rest still streams in: the first paint is when a reader sees it.
      // A small page can fire load before its paint entry exists: wait for it (buffered) a moment.
      const paint = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const seen = performance.getEntriesByName('first-contentful-paint')[0];
            if (seen) return resolve(seen.startTime);
            new PerformanceObserver((l) => {
              const e = l.getEntries().find((x) => x.name === 'first-contentful-paint');
              if (e) resolve(e.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(null), 5000);
          }),
      );
      let filtered = null;
      if (filter) {
        const t1 = performance.now();
        await page.locator(`${filter} select[data-filter=cat]`).selectOption('money');
        await page.locator(`${filter} output.shown`).textContent();
        filtered = performance.now() - t1;
      }
      out.push({ load, paint, filter: filtered });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Every file under dir with its size, largest first. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => ({ file: f, size: statSync(f).size }))
    .sort((a, b) => b.size - a.size);
}

const loadAvg = () => loadavg().map((x) => x.toFixed(1)).join(' ');

export async function htmlReportBench({ quick = false, dir = null } = {}) {
  const corpus = dir ? { dir, bytes: 0, files: 0 } : writeCorpus(quick ? 4e6 : 20e6);
  const out = mkdtempSync(join(tmpdir(), 'wenxi-html-bench-'));
  try {
    const mb = corpus.bytes / 1e6;
    if (!dir) console.log(`corpus: ${corpus.files} articles, ${fmt(mb, 1)} MB`);
    const nd = seconds(['analyze', '-f', 'ndjson', '--no-progress', '-o', join(out, 'a.ndjson'), corpus.dir]);
    const html = seconds(['analyze', '-f', 'html', '--no-progress', '-o', join(out, 'a.html'), corpus.dir]);
    const size = statSync(join(out, 'a.html')).size / 1e6;
    const ndSize = statSync(join(out, 'a.ndjson')).size / 1e6;
    console.log(
      `analyze -f ndjson: ${fmt(nd.wall)} s wall, ${fmt(nd.cpu)} s CPU (${fmt(ndSize, 1)} MB); -f html: ${fmt(html.wall)} s wall, ${fmt(html.cpu)} s CPU (${fmt(size, 1)} MB)` +
        ` → html/ndjson ${fmt(html.wall / nd.wall)}× wall, ${fmt(html.cpu / nd.cpu)}× CPU (goal 0.7–1.3×)`,
    );
    const open = await openInChromium([{ file: join(out, 'a.html'), filter: '#figures' }]);
    if (open)
      console.log(
        `Chromium opens the ${fmt(size, 1)} MB report: first paint ${open[0].paint === null ? '?' : fmt(open[0].paint / 1000)} s, load event ${fmt(open[0].load / 1000)} s; a category filter over the corpus table answers in ${fmt(open[0].filter / 1000)} s`,
      );
    else console.log(`Chromium: none at ${CHROMIUM}, open time not measured`);

    // The folder of pages (-o DIR/): index.html, one page per article, the table in pages and as CSV.
    const folder = join(out, 'report');
    const dirRun = seconds(['analyze', '-f', 'html', '--no-progress', '-o', folder + '/', corpus.dir]);
    const all = filesOf(folder);
    const pages = all.filter((f) => f.file.endsWith('.html'));
    const total = all.reduce((n, f) => n + f.size, 0) / 1e6;
    const index = statSync(join(folder, 'index.html')).size / 1e6;
    const articles = pages.filter((f) => f.file.includes('/articles/'));
    const biggest = pages[0];
    const csv = statSync(join(folder, 'figures.csv')).size / 1e6;
    console.log(
      `analyze -f html -o DIR/: ${fmt(dirRun.wall)} s wall, ${fmt(dirRun.cpu)} s CPU → ${fmt(dirRun.wall / nd.wall)}× wall, ${fmt(dirRun.cpu / nd.cpu)}× CPU of -f ndjson (goal 0.7–1.3×); ` +
        `${pages.length} pages, ${fmt(total, 1)} MB in all: index.html ${fmt(index, 2)} MB, the largest page ${fmt(biggest.size / 1e6, 2)} MB (${biggest.file.slice(folder.length + 1)}), figures.csv ${fmt(csv, 1)} MB`,
    );
    const median = articles[Math.floor(articles.length / 2)];
    const opened = await openInChromium([
      { file: join(folder, 'index.html') },
      { file: articles[0].file },
      { file: median.file },
      { file: join(folder, 'figures-1.html'), filter: '.figtable' },
    ]);
    if (opened) {
      const t = (o) => `first paint ${o.paint === null ? '?' : fmt(o.paint / 1000)} s, load ${fmt(o.load / 1000)} s`;
      console.log(
        `Chromium, folder: index.html ${t(opened[0])}; the largest article page (${fmt(articles[0].size / 1e6, 2)} MB) ${t(opened[1])}; a median one (${fmt(median.size / 1e3, 0)} KB) ${t(opened[2])}; ` +
          `figures-1.html (${fmt(statSync(join(folder, 'figures-1.html')).size / 1e6, 2)} MB) ${t(opened[3])}, its category filter ${fmt(opened[3].filter / 1000)} s`,
      );
    }
    console.log(`load average at the end: ${loadAvg()}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (!dir) rmSync(corpus.dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dir');
  htmlReportBench({ quick: process.argv.includes('--quick'), dir: i > 0 ? process.argv[i + 1] : null }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
