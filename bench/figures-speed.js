// Figure extraction throughput (in process): a ≥ 5 MB text built by repeating
// the reference article and the corpus articles. Goal: ≥ 20 MB/s.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../dist/figures/index.js';
import { tuneJit } from '../dist/util/jit.js';

// As the CLI runs it (bin/wenxi.js): V8's inlining budget set before the code runs hot.
tuneJit();

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export function buildText(minBytes = 5 * 1024 * 1024) {
  const corpus = here('../../shared/corpus');
  const parts = [readFileSync(here('../fixtures/reference.txt'), 'utf8')];
  for (const f of readdirSync(corpus).sort()) if (f.endsWith('.txt')) parts.push(readFileSync(join(corpus, f), 'utf8'));
  const unit = parts.join('\n');
  const unitBytes = Buffer.byteLength(unit);
  return unit.repeat(Math.ceil(minBytes / unitBytes));
}

export async function run({ quiet = false } = {}) {
  const text = buildText();
  const bytes = Buffer.byteLength(text);
  // Steady state: one whole pass first (the JIT's optimised code and the heap
  // grown to the text's size), then the median of five. Until 2026-12-02 the
  // warm-up was 100 KB and the median of three, which counted part of the
  // warm-up in the figure.
  const w0 = performance.now();
  extractFigures(text);
  const firstMs = performance.now() - w0;
  const times = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    count = extractFigures(text).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[2];
  const mbPerSec = bytes / 1024 / 1024 / (ms / 1000);
  // pathological inputs: 1 MB runs that must stay linear
  const MB = 1 << 20;
  const patho = {};
  for (const [name, s] of [['一一一…', '一'.repeat(MB / 3)], ['1,1,1,…', '1,'.repeat(MB / 2)], ['万万万…', '万'.repeat(MB / 3)]]) {
    const t0 = performance.now();
    extractFigures(s);
    patho[name] = performance.now() - t0;
  }
  if (!quiet) {
    console.log(`extractFigures: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${count} figures, median of 5 after a warm-up pass: ${ms.toFixed(0)} ms → ${mbPerSec.toFixed(1)} MB/s (goal ≥ 30 MB/s, issue 16); the first pass, JIT warm-up included: ${(bytes / 1024 / 1024 / (firstMs / 1000)).toFixed(1)} MB/s`);
    console.log(`pathological 1 MB inputs: ${Object.entries(patho).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
  }
  return { mbPerSec, ms, firstMs, bytes, figures: count, pathologicalMs: patho };
}

if (process.argv[1] && process.argv[1].endsWith('figures-speed.js')) await run();
