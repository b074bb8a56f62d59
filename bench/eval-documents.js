// How much of each article survives the trip through PDF and Word: every
// corpus article and the reference article are converted with LibreOffice
// (.txt → PDF, .txt → .docx) into a temporary folder, read back by wenxi, and
// compared with the .txt: figures identical by value, unit and text; section
// headings identical; paragraphs (lines) identical.
// Usage: npx tsc -p tsconfig.json && node bench/eval-documents.js   (needs soffice; ~5 s per article)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { sourceFromFileBytes } = await import(here('../dist/input/readers.js'));
const { figuresOf } = await import(here('../dist/pipeline/figures-stage.js'));
const corpus = here('../../shared/corpus/');
const work = mkdtempSync(join(tmpdir(), 'wenxi-evaldocs-'));
const articles = [here('../fixtures/reference.txt'), ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f))];

const read = async (p) => sourceFromFileBytes(p, readFileSync(p));
const key = (f) => `${f.value}|${f.unit}|${f.text}`;
const lines = (t) => t.split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);

function compare(a, b) {
  const fa = figuresOf(a);
  const fb = figuresOf(b);
  const pool = new Map();
  for (const f of fb.figures) pool.set(key(f), (pool.get(key(f)) ?? 0) + 1);
  let same = 0;
  for (const f of fa.figures) if ((pool.get(key(f)) ?? 0) > 0) (same++, pool.set(key(f), pool.get(key(f)) - 1));
  const la = lines(a.text);
  const lb = lines(b.text);
  return {
    figures: fa.figures.length,
    same,
    headings: JSON.stringify(fa.sectionHeadings) === JSON.stringify(fb.sectionHeadings),
    paragraphs: la.length === lb.length && la.every((l, i) => l === lb[i]),
  };
}

const total = { pdf: { figures: 0, same: 0, headings: 0, paragraphs: 0 }, docx: { figures: 0, same: 0, headings: 0, paragraphs: 0 } };
console.log('article'.padEnd(44), 'format', 'figures same/all', 'headings', 'paragraphs');
for (const path of articles) {
  const txt = join(work, basename(path));
  copyFileSync(path, txt);
  const src = await read(txt);
  for (const [kind, filter] of [['pdf', 'pdf'], ['docx', 'docx:MS Word 2007 XML']]) {
    execFileSync('soffice', ['--headless', '--convert-to', filter, '--outdir', work, txt], { stdio: 'ignore' });
    const r = compare(src, await read(txt.replace(/\.txt$/, `.${kind}`)));
    const t = total[kind];
    t.figures += r.figures;
    t.same += r.same;
    t.headings += r.headings ? 1 : 0;
    t.paragraphs += r.paragraphs ? 1 : 0;
    console.log(basename(path).padEnd(44), kind.padEnd(6), `${r.same}/${r.figures}`.padStart(16), String(r.headings).padStart(8), String(r.paragraphs).padStart(10));
  }
}
for (const [kind, t] of Object.entries(total)) {
  console.log(`${kind}: figures identical ${t.same}/${t.figures} (${((t.same / t.figures) * 100).toFixed(1)} %), headings identical ${t.headings}/${articles.length}, paragraphs identical ${t.paragraphs}/${articles.length}`);
}
