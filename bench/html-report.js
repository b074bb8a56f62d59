// The HTML report at corpus size: `analyze -f html` against `-f ndjson` on
// the same corpus (goal: within ±30 %), the report's size, and how long
// Debian's Chromium takes to open it from file://. `npm run bench` calls
// this; alone: `node bench/html-report.js [--quick] [--dir DIR]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Milliseconds from navigation to the load event, and to the first table filter answered. */
async function openInChromium(file) {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 300_000 });
    const load = performance.now() - t0;
    // The front page is drawn while the rest still streams in: the first paint is when a reader sees it.
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    const t1 = performance.now();
    await page.locator('#figures select[data-filter=cat]').selectOption('money');
    await page.locator('#figures output.shown').textContent();
    const filter = performance.now() - t1;
    return { load, paint, filter };
  } finally {
    await browser.close();
  }
}

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
    const open = await openInChromium(join(out, 'a.html'));
    if (open)
      console.log(
        `Chromium opens the ${fmt(size, 1)} MB report: first paint ${open.paint === null ? '?' : fmt(open.paint / 1000)} s, load event ${fmt(open.load / 1000)} s; a category filter over the corpus table answers in ${fmt(open.filter / 1000)} s`,
      );
    else console.log(`Chromium: none at ${CHROMIUM}, open time not measured`);
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
