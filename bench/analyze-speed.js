// In-process analyze speed on the real corpus (../shared/corpus, all formats,
// the reference article): dictionary loaded first, then the median of several
// passes over every article. Prints characters per second and CPU time. Noisy on a shared
// machine: compare runs made back to back.
//   node bench/analyze-speed.js [--text] [--passes N]   (build first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dist = process.env.WENXI_DIST ?? here('../dist/');
const corpus = here('../../shared/corpus/');
const passes = Number(process.argv[process.argv.indexOf('--passes') + 1]) || 7;
// --text: plain-text and Markdown articles only (saved pages pay for Readability's DOM)
const textOnly = process.argv.includes('--text');

function files(dir) {
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      if (f !== 'gold') out.push(...files(p));
    } else if ((textOnly ? /\.(txt|md)$/ : /\.(txt|md|html?)$/).test(f)) out.push(p);
  }
  return out;
}

const { analyzeSource } = await import(pathToFileURL(join(dist, 'pipeline/analysis.js')).href);
const { sourceFromBytes } = await import(pathToFileURL(join(dist, 'input/source.js')).href);
const inputs = [...files(corpus), here('../fixtures/reference.txt')].map((p) => ({ p, buf: readFileSync(p) }));
const chars = inputs.reduce((n, x) => n + x.buf.toString('utf8').length, 0);
analyzeSource(sourceFromBytes(inputs[0].p, inputs[0].buf)); // dictionary load, JIT warm-up
const times = [];
const cpu = [];
for (let k = 0; k < passes; k++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const x of inputs) analyzeSource(sourceFromBytes(x.p, x.buf));
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  times.push(performance.now() - t0);
}
cpu.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const ms = times[Math.floor(times.length / 2)];
console.log(`analyze in-process: ${inputs.length} files, ${chars} chars, median ${ms.toFixed(0)} ms/pass, ${(chars / ms / 1000).toFixed(2)} M chars/s; CPU median ${cpu[Math.floor(cpu.length / 2)].toFixed(0)} ms/pass (${dist})`);
