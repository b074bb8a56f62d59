// A benchmark corpus from the shipped fixture and the shared real articles,
// repeated to the size asked for: one file per article in a temporary folder,
// dealt alternately into two halves a/ and b/ (for two-process comparisons).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export function sourceTexts() {
  const dir = here('../../shared/corpus/');
  const texts = [readFileSync(here('../fixtures/reference.txt'), 'utf8')];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(dir, f), 'utf8'));
  return texts;
}

export function writeCorpus(minBytes) {
  const dir = mkdtempSync(join(tmpdir(), 'wenxi-bench-'));
  const halves = [join(dir, 'a'), join(dir, 'b')];
  for (const h of halves) mkdirSync(h);
  const texts = sourceTexts();
  let bytes = 0;
  let n = 0;
  while (bytes < minBytes) {
    for (const t of texts) {
      writeFileSync(join(halves[n % 2], `${String(n).padStart(6, '0')}.txt`), t);
      bytes += Buffer.byteLength(t);
      n++;
    }
  }
  return { dir, halves, files: n, bytes };
}
