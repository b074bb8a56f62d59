// Summaries against hand-written references (test/gold/summaries/*.json):
// each top-level section's key sentences vs the section's first k sentences
// (the section-lead baseline), and the article summary vs the article's first
// k sentences (lead-k), k = as many sentences as wenxi chose. ROUGE-1/2 F1 on
// characters (bench/rouge.js).
//   node bench/eval-summaries.js [--verbose]   (build first)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rouge } from './rouge.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const goldDir = here('../test/gold/summaries/');
const corpusDir = here('../../shared/corpus/');

function goldFiles() {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) }))
    .map((g) => ({ ...g, path: join(corpusDir, g.gold.file) }))
    .filter((g) => existsSync(g.path));
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function score(pairs) {
  return {
    n: pairs.length,
    r1: mean(pairs.map(([c, r]) => rouge(c, r, 1).f)),
    r2: mean(pairs.map(([c, r]) => rouge(c, r, 2).f)),
  };
}

export async function evaluate({ verbose = false } = {}) {
  const { analyzeSource } = await import(pathToFileURL(here('../dist/pipeline/analysis.js')).href);
  const { sourceFromBytes } = await import(pathToFileURL(here('../dist/input/source.js')).href);
  const { buildArticle } = await import(pathToFileURL(here('../dist/article/index.js')).href);
  const sections = { wenxi: [], lead: [] };
  const articles = { wenxi: [], lead: [] };
  const missing = [];
  for (const { name, gold, path } of goldFiles()) {
    const source = sourceFromBytes(path, readFileSync(path));
    const analysis = analyzeSource(source);
    const article = buildArticle(source);
    const join = (xs) => xs.map((x) => x.text).join('');
    const leadOf = (sentenceIdx, k) => sentenceIdx.slice(0, k).map((i) => article.sentences[i].text).join('');
    for (const ref of gold.sections ?? []) {
      const sec = analysis.sections.find((s) => s.parent === null && s.heading?.trim() === ref.heading);
      if (!sec) {
        missing.push(`${name}: ${ref.heading}`);
        continue;
      }
      const k = Math.max(1, sec.summary.length);
      const got = join(sec.summary);
      const lead = leadOf(article.sections[sec.index].sentences, k);
      sections.wenxi.push([got, ref.summary]);
      sections.lead.push([lead, ref.summary]);
      if (verbose) console.log(`  ${name} ${ref.heading}\n    wenxi ${rouge(got, ref.summary, 1).f.toFixed(3)} ${got.slice(0, 120)}\n    lead  ${rouge(lead, ref.summary, 1).f.toFixed(3)} ${lead.slice(0, 120)}`);
    }
    if (gold.summary) {
      const k = Math.max(1, analysis.summary.length);
      const got = join(analysis.summary);
      const lead = article.sentences.slice(0, k).map((s) => s.text).join('');
      articles.wenxi.push([got, gold.summary]);
      articles.lead.push([lead, gold.summary]);
      if (verbose) console.log(`  ${name} article\n    wenxi ${rouge(got, gold.summary, 1).f.toFixed(3)} ${got.slice(0, 120)}\n    lead  ${rouge(lead, gold.summary, 1).f.toFixed(3)} ${lead.slice(0, 120)}`);
    }
  }
  return {
    sections: { wenxi: score(sections.wenxi), lead: score(sections.lead) },
    articles: { wenxi: score(articles.wenxi), lead: score(articles.lead) },
    missing,
  };
}

export function printReport(r) {
  const f = (x) => x.toFixed(3);
  console.log('\nsummaries against hand-written references (ROUGE F1 on characters; k = sentences wenxi chose)');
  console.log(`  sections (${r.sections.wenxi.n}): wenxi R1 ${f(r.sections.wenxi.r1)} R2 ${f(r.sections.wenxi.r2)}  |  section-lead-k R1 ${f(r.sections.lead.r1)} R2 ${f(r.sections.lead.r2)}`);
  console.log(`  articles (${r.articles.wenxi.n}): wenxi R1 ${f(r.articles.wenxi.r1)} R2 ${f(r.articles.wenxi.r2)}  |  lead-k R1 ${f(r.articles.lead.r1)} R2 ${f(r.articles.lead.r2)}`);
  if (r.missing.length) console.log(`  sections not found by wenxi (scored as missing): ${r.missing.join('; ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await evaluate({ verbose: process.argv.includes('--verbose') });
  printReport(r);
}
