// Structure against the hand-annotated gold of the articles in the wild
// (test/gold/structure/*.json: title, date, author and top-level headings of
// every article of ../shared/corpus/more, hant and html), each article read
// through wenxi's own input stage (HTML → main content, Markdown → text).
//   node bench/eval-structure.js [--verbose]   (build first)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const goldDir = here('../test/gold/structure/');
const corpusDir = here('../../shared/corpus/');

const norm = (s) => (s === null || s === undefined ? null : String(s).replace(/\s+/g, ' ').trim());

function goldFiles() {
  if (!existsSync(goldDir)) return [];
  const out = [];
  for (const f of readdirSync(goldDir).sort()) {
    if (!f.endsWith('.json')) continue;
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    const path = [join(corpusDir, gold.file), join(corpusDir, 'more', gold.file), join(corpusDir, 'hant', gold.file), join(corpusDir, 'html', gold.file)].find(existsSync);
    if (path) out.push({ name: f, gold, path });
  }
  return out;
}

export async function evaluate({ verbose = false } = {}) {
  const { buildArticle } = await import(pathToFileURL(here('../dist/article/index.js')).href);
  const { sourceFromBytes } = await import(pathToFileURL(here('../dist/input/source.js')).href);
  const rows = [];
  for (const { name, gold, path } of goldFiles()) {
    const a = buildArticle(sourceFromBytes(path, readFileSync(path)));
    const got = a.sections.filter((s) => s.parent === null && s.heading !== null).map((s) => norm(s.heading));
    const want = (gold.headings ?? []).map(norm);
    const g = new Set(want);
    // optional headings (注释：, 资料来源：) count neither way
    const optional = new Set((gold.optionalHeadings ?? []).map(norm));
    const scored = got.filter((h) => g.has(h) || !optional.has(h));
    const tp = scored.filter((h) => g.has(h)).length;
    // `accept` lists other answers a reasonable reader would also call right
    const right = (k) => [gold[k], ...(gold.accept?.[k] ?? [])].map(norm).includes(norm(a.meta[k]));
    rows.push({
      name,
      tp,
      predicted: scored.length,
      gold: want.length,
      title: right('title'),
      date: { stated: gold.date != null, ok: right('date') },
      author: { stated: gold.author != null, ok: right('author') },
      got: { title: a.meta.title, date: a.meta.date, author: a.meta.author, headings: got },
      want: { title: gold.title, date: gold.date, author: gold.author, headings: want },
    });
  }
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  const tp = sum('tp');
  const predicted = sum('predicted');
  const goldN = sum('gold');
  const p = predicted ? tp / predicted : 1;
  const r = goldN ? tp / goldN : 1;
  const share = (xs) => (xs.length ? xs.filter(Boolean).length / xs.length : 1);
  return {
    rows,
    overall: {
      files: rows.length,
      headingPrecision: p,
      headingRecall: r,
      headingF1: p + r ? (2 * p * r) / (p + r) : 0,
      title: share(rows.map((x) => x.title)),
      // dates and authors: of those the text states; a value where gold has none is counted apart
      date: share(rows.filter((x) => x.date.stated).map((x) => x.date.ok)),
      author: share(rows.filter((x) => x.author.stated).map((x) => x.author.ok)),
      spuriousDates: rows.filter((x) => !x.date.stated && x.got.date !== null).length,
      spuriousAuthors: rows.filter((x) => !x.author.stated && x.got.author !== null).length,
    },
    verbose,
  };
}

export function printReport(res) {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log('\nstructure of articles in the wild (test/gold/structure: more/, hant/, html/ through the input stage)');
  for (const x of res.rows) {
    const ok = (b) => (b ? 'ok  ' : 'MISS');
    console.log(`${x.name.padEnd(52)} headings ${x.tp}/${x.predicted} found, ${x.tp}/${x.gold} gold  title ${ok(x.title)} date ${ok(x.date.ok)} author ${ok(x.author.ok)}`);
    if (res.verbose) {
      for (const k of ['title', 'date', 'author']) if (!(k === 'title' ? x.title : x[k].ok)) console.log(`    ${k}: got ${JSON.stringify(x.got[k])}, gold ${JSON.stringify(x.want[k])}`);
      if (x.tp !== x.predicted || x.tp !== x.gold) console.log(`    headings got ${JSON.stringify(x.got.headings)}\n    gold ${JSON.stringify(x.want.headings)}`);
    }
  }
  const o = res.overall;
  console.log(
    `overall (${o.files} files): top-level headings P ${pct(o.headingPrecision)} R ${pct(o.headingRecall)} F1 ${pct(o.headingF1)}; title ${pct(o.title)}; date ${pct(o.date)} (of those stated; ${o.spuriousDates} given where none is); author ${pct(o.author)} (of those stated; ${o.spuriousAuthors} given where none is)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printReport(await evaluate({ verbose: process.argv.includes('--verbose') }));
}
