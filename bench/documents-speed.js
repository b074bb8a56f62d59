// Reading speed of the document readers on the shipped fixtures: the first
// read of each kind (which loads pdfjs or mammoth) and the steady state.
// Usage: npx tsc -p tsconfig.json && node bench/documents-speed.js [rounds]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { sourceFromFileBytes } = await import(here('../dist/input/readers.js'));
const dir = here('../fixtures/documents/');
const rounds = Number(process.argv[2] ?? 5);
const files = readdirSync(dir).filter((f) => /\.(pdf|docx|doc)$/.test(f) && f !== 'encrypted.pdf').sort();

for (const f of files) {
  const buf = readFileSync(join(dir, f));
  let t = performance.now();
  const src = await sourceFromFileBytes(f, buf);
  const first = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < rounds; i++) await sourceFromFileBytes(f, buf);
  const each = (performance.now() - t) / rounds;
  const chars = [...src.text].length;
  console.log(`${f.padEnd(44)} ${String(Math.round(buf.length / 1024)).padStart(4)} KB  first ${first.toFixed(0).padStart(5)} ms  then ${each.toFixed(0).padStart(4)} ms  ${Math.round((chars / each) * 1000).toLocaleString('en')} chars/s`);
}
