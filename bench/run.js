// `npm run bench`: every speed figure the README quotes, measured in one run
// on this machine, with raw nodejieba as the yardstick.
import { spawn, spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';
import { htmlReportBench } from './html-report.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const bin = here('../bin/wenxi.js');
const reference = here('../fixtures/reference.txt');
const quick = process.argv.includes('--quick');

function wall(args, { runs = 5, env = process.env } = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    times.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Whole-process runs with GNU time, all started at once: wall seconds and each one's peak RSS in MB. */
async function timedTogether(runs) {
  const t0 = performance.now();
  const results = await Promise.all(
    runs.map(
      (args) =>
        new Promise((resolve) => {
          const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          child.stderr.on('data', (d) => (err += d));
          child.on('close', (status) => {
            const lines = err.trim().split('\n');
            resolve({ rssMb: Number(lines[lines.length - 1]) / 1024, status, stderr: err });
          });
        }),
    ),
  );
  const secs = (performance.now() - t0) / 1000;
  return results.map((r) => ({ ...r, secs }));
}

async function timed(args) {
  return (await timedTogether([args]))[0];
}

const fmt = (x, d = 2) => x.toFixed(d);

/**
 * Seconds for `n` worker threads to each run the same work (`code`, a
 * worker's body that posts a message when done): equal times for 1 and 2
 * threads mean the two vCPUs do twice the work of one.
 */
async function threadsSeconds(code, n) {
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, () => new Promise((resolve, reject) => {
      const w = new Worker(code, { eval: true });
      w.once('message', resolve);
      w.once('error', reject);
    })),
  );
  return (performance.now() - t0) / 1000;
}

const PROBES = {
  'an arithmetic loop': `
    const { parentPort } = require('node:worker_threads');
    let a = 1, b = 2, c = 3, d = 4;
    for (let i = 0; i < 3e8; i++) { a = (a + b) | 0; b = (b ^ c) | 0; c = (c + d) | 0; d = (d ^ a) | 0; }
    parentPort.postMessage(a + b + c + d);`,
  'figure extraction (JavaScript)': `
    const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(new URL('../dist/figures/index.js', import.meta.url).href)}).then(async ({ extractFigures }) => {
      const { buildText } = await import(${JSON.stringify(new URL('./figures-speed.js', import.meta.url).href)});
      const text = buildText(3 * 1024 * 1024);
      for (let i = 0; i < 4; i++) extractFigures(text);
      parentPort.postMessage(0);
    });`,
};

async function main() {
  console.log(`wenxi bench — node ${process.version}, ${new Date().toISOString()}`);

  console.log('\n## segmentation (in process)');
  const { run: segmentSpeed } = await import('./segment-speed.js');
  await segmentSpeed();

  if (existsSync(here('./figures-speed.js'))) {
    console.log('\n## figure extraction (in process)');
    const { run: figuresSpeed } = await import('./figures-speed.js');
    await figuresSpeed();
  }

  console.log('\n## one article, whole process (median of 5)');
  const nodeMs = wall(['-e', '0']);
  const figMs = wall([bin, 'figures', '-f', 'json', reference]);
  const helpMs = wall([bin, '--help']);
  console.log(`node -e 0:                    ${fmt(nodeMs, 0)} ms`);
  console.log(`wenxi --help:                 ${fmt(helpMs, 0)} ms`);
  console.log(`wenxi figures reference.txt:  ${fmt(figMs, 0)} ms  (goal ≤ 250 ms)`);
  const anMs = wall([bin, 'analyze', '-f', 'json', reference], { runs: 5 });
  console.log(`wenxi analyze reference.txt:  ${fmt(anMs, 0)} ms  (goal ≤ 600 ms; dictionary read from its cache file)`);
  // The first run on a machine builds the dictionary from cppjieba's text
  // files and writes the cache; so does every run with the cache off.
  const noCache = wall([bin, 'analyze', '-f', 'json', reference], { runs: 3, env: { ...process.env, WENXI_DICT_CACHE: 'off' } });
  console.log(`wenxi analyze, no cache:      ${fmt(noCache, 0)} ms  (the build from the text files, as before the cache: ${fmt(noCache / anMs, 1)}× slower)`);

  console.log('\n## corpus runs (whole process, files in a folder)');
  const corpus = writeCorpus(quick ? 4e6 : 20e6);
  const mb = corpus.bytes / 1e6;
  console.log(`corpus: ${corpus.files} articles, ${fmt(mb, 1)} MB`);
  try {
    const rows = [];
    for (const cmd of ['figures', 'analyze']) {
      const res = {};
      for (const j of [1, 2]) {
        const r = await timed([bin, cmd, '-f', 'ndjson', '--no-progress', '-j', String(j), corpus.dir]);
        if (r.status !== 0) throw new Error(`${cmd} -j ${j}: exit ${r.status}: ${r.stderr}`);
        res[j] = r;
        rows.push(
          `${cmd.padEnd(8)} -j ${j}: ${fmt(r.secs)} s, ${fmt(corpus.files / r.secs, 0)} articles/s, ${fmt(mb / r.secs)} MB/s, peak RSS ${fmt(r.rssMb, 0)} MB (${fmt(r.rssMb / j, 0)} MB per worker)`,
        );
      }
      rows.push(`${cmd.padEnd(8)} -j 2 / -j 1 speed-up: ${fmt(res[1].secs / res[2].secs)}× (goal ≥ 1.7×)`);
      // What this machine allows for this very work: two independent -j 1
      // processes, one per half of the corpus, at once. No coordination, no
      // shared anything; what they lose to each other is the hardware's.
      const pair = await timedTogether(corpus.halves.map((h) => [bin, cmd, '-f', 'ndjson', '--no-progress', '-j', '1', h]));
      if (pair.some((r) => r.status !== 0)) throw new Error(`${cmd} halves: ${pair.map((r) => r.stderr).join('')}`);
      rows.push(
        `${cmd.padEnd(8)} machine ceiling: two -j 1 processes on the halves at once ${fmt(pair[0].secs)} s → ${fmt(res[1].secs / pair[0].secs)}×; -j 2 reaches ${fmt((pair[0].secs / res[2].secs) * 100, 0)}% of it`,
      );
    }
    for (const r of rows) console.log(r);
    for (const [name, code] of Object.entries(PROBES)) {
      const one = await threadsSeconds(code, 1);
      const two = await threadsSeconds(code, 2);
      console.log(`threads: ${name}, the same work on 1 thread ${fmt(one)} s, on each of 2 at once ${fmt(two)} s → ${fmt((2 * one) / two)}× the work per second`);
    }
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }

  console.log('\n## HTML report (analyze -f html against -f ndjson, and opening it in Chromium)');
  await htmlReportBench({ quick });
  // Optional: the HTTP service under load (a minute or more of the machine).
  if (process.argv.includes('--load')) await (await import('./load.js')).loadBench({ quick });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
