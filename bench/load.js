// The service under load (loopback only, bounded runs): `figures` and
// `analyze` on the reference article at 1, 8 and 32 concurrent clients —
// requests/s, p50/p99 latency, errors, peak RSS — then a soak for RSS
// flatness. `node bench/load.js [--quick] [--soak SECONDS] [-j N]`, or
// `npm run bench -- --load`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const bin = here('../bin/wenxi.js');
const reference = readFileSync(here('../fixtures/reference.txt'));
const fmt = (x, d = 1) => Number(x).toFixed(d);

function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Start `wenxi serve --port 0` and wait until it says where it listens. */
function startServer(jobs) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bin, 'serve', '--port', '0', '--quiet', '-j', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve({ proc, url: m[1] });
    });
    proc.on('exit', (code) => reject(new Error(`wenxi serve exited (${code}): ${err}`)));
  });
}

/** RSS now and the peak so far (VmHWM), MB, of the server process and its worker threads. */
function memory(pid) {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)[1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function cannon(url, route, connections, seconds) {
  return autocannon({
    url: `${url}/v1/${route}`,
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: reference,
    connections,
    duration: seconds,
  });
}

export async function loadBench({ quick = false, soak = quick ? 15 : 60, jobs = 2 } = {}) {
  const seconds = quick ? 3 : 10;
  const { proc, url } = await startServer(jobs);
  try {
    console.log(`\n## service under load (wenxi serve -j ${jobs}, ${url}, reference article ${reference.length} bytes, ${seconds} s per run)`);
    const start = memory(proc.pid);
    console.log(`ready: RSS ${fmt(start.rss, 0)} MB`);
    for (const route of ['figures', 'analyze']) {
      for (const c of [1, 8, 32]) {
        const r = await cannon(url, route, c, seconds);
        const errors = r.errors + r.timeouts + r.non2xx;
        const m = memory(proc.pid);
        console.log(
          `${route.padEnd(8)} ${String(c).padStart(2)} clients: ${fmt(r.requests.average, 0)} req/s, p50 ${fmt(r.latency.p50)} ms, p99 ${fmt(r.latency.p99)} ms, errors ${errors}, peak RSS ${fmt(m.peak, 0)} MB`,
        );
      }
    }
    if (soak > 0) {
      // analyze and figures at once, RSS sampled every few seconds
      const samples = [];
      const every = Math.max(1, Math.floor(soak / 12));
      const timer = setInterval(() => samples.push(memory(proc.pid).rss), every * 1000);
      const [a, f] = await Promise.all([cannon(url, 'analyze', 4, soak), cannon(url, 'figures', 4, soak)]);
      clearInterval(timer);
      const errors = a.errors + a.timeouts + a.non2xx + f.errors + f.timeouts + f.non2xx;
      const tail = samples.slice(Math.floor(samples.length / 3));
      console.log(
        `soak ${soak} s (analyze + figures, 4 clients each): ${a.requests.total + f.requests.total} requests, errors ${errors}; ` +
          `RSS every ${every} s: ${samples.map((x) => fmt(x, 0)).join(' ')} MB; last two thirds ${fmt(Math.min(...tail), 0)}–${fmt(Math.max(...tail), 0)} MB`,
      );
    }
  } finally {
    proc.kill('SIGTERM');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await loadBench({
    quick: process.argv.includes('--quick'),
    soak: argValue('--soak') !== undefined ? Number(argValue('--soak')) : undefined,
    jobs: Number(argValue('-j', 2)),
  });
}
