// `npm run eval` (figures): precision and recall of extractFigures against the
// hand-checked gold in ../shared/corpus/gold (files whose `figures` is not null)
// and test/gold. A prediction matches a gold figure with the same value, the
// same base unit and an overlapping span; optional gold figures count neither
// way. Category and label accuracy are measured on the matched pairs; so are,
// where the gold has them (test/gold), status, change (direction and basis)
// and the item of every "分别" figure (its label must name it).
// Build first (npx tsc -p .): this imports the compiled code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figuresOf } from '../dist/pipeline/figures-stage.js';
import { prepareSource } from '../dist/script/index.js';
import { corpusDir, readGold } from './gold.js';

/** test/gold/heldout: articles annotated after the rules were written, never used to tune them */
const heldoutDir = fileURLToPath(new URL('../test/gold/heldout/', import.meta.url));
export function heldoutFiles() {
  if (!existsSync(heldoutDir)) return [];
  return readdirSync(heldoutDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(heldoutDir, f), 'utf8'));
      return { gold, textPath: join(corpusDir, gold.file) };
    })
    .filter(({ textPath }) => existsSync(textPath));
}

/** figures as `wenxi figures` gives them: through the article model, so section defaults apply */
// (a Traditional article through its Simplified view, as every command reads it: labels quote the original)
export function pipelineFigures(text, file, options = {}) {
  const prepared = prepareSource({ path: file, encoding: 'utf-8', format: 'text', text, headingLines: [] });
  return prepared.restore(figuresOf(prepared.source, options)).figures;
}

export function goldFiles() {
  return readGold().filter(({ gold, textPath }) => Array.isArray(gold.figures) && textPath);
}

const stripQuotes = (s) => (s ?? '').replace(/[“”"「」『』‘’'\s]/g, '');
export function labelMatches(goldLabel, label) {
  const g = stripQuotes(goldLabel);
  const l = stripQuotes(label);
  if (!g || !l) return false;
  return g.includes(l) || l.includes(g);
}

const sameValue = (a, b) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function cpLength(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** match one file's predictions to its gold */
export function matchFile(gold, predicted) {
  const golds = gold.figures.map((g) => ({ ...g, start: g.offset, end: g.offset + cpLength(g.text) }));
  const used = new Set();
  const pairs = [];
  const falsePositives = [];
  for (const p of predicted) {
    let hit = -1;
    for (let k = 0; k < golds.length; k++) {
      const g = golds[k];
      if (used.has(k)) continue;
      if (sameValue(g.value, p.value) && g.unit === p.unit && p.start < g.end && g.start < p.end) {
        hit = k;
        break;
      }
    }
    if (hit < 0) {
      falsePositives.push(p);
      continue;
    }
    used.add(hit);
    if (!golds[hit].optional) pairs.push({ gold: golds[hit], pred: p });
  }
  const misses = golds.filter((g, k) => !used.has(k) && !g.optional);
  const goldCount = golds.filter((g) => !g.optional).length;
  return { pairs, falsePositives, misses, goldCount };
}

function ratio(a, b) {
  return b === 0 ? 1 : a / b;
}

export async function evaluate(predict = (text, file) => pipelineFigures(text, file), files0 = goldFiles()) {
  const files = [];
  const total = { tp: 0, fp: 0, gold: 0, category: 0, label: 0 };
  const meaning = { status: 0, statusN: 0, direction: 0, basis: 0, basisN: 0, changeN: 0, item: 0, itemN: 0, wrongStatus: [], wrongChange: [], wrongBasis: [], wrongItem: [] };
  for (const { gold, textPath } of files0) {
    const text = readFileSync(textPath, 'utf8');
    // A gold file may annotate only part of its article: {start, end} in code points.
    const scope = gold.scope;
    const predicted = (await predict(text, gold.file)).filter(
      (p) => !scope || (p.start >= scope.start && p.start < scope.end),
    );
    const m = matchFile(gold, predicted);
    const category = m.pairs.filter((p) => p.gold.category === p.pred.category).length;
    const label = m.pairs.filter((p) => labelMatches(p.gold.label, p.pred.label)).length;
    const tp = m.pairs.length;
    const fp = m.falsePositives.length;
    for (const { gold: g, pred: p } of m.pairs) {
      if (!('status' in g)) continue;
      meaning.statusN++;
      if ((p.status ?? null) === g.status) meaning.status++;
      else meaning.wrongStatus.push({ file: gold.file, gold: g, pred: p });
      // change: right direction (or rightly none) on every annotated figure; basis where gold names one
      meaning.changeN++;
      const gd = g.change?.direction ?? null;
      if ((p.change?.direction ?? null) === gd) meaning.direction++;
      else meaning.wrongChange.push({ file: gold.file, gold: g, pred: p });
      if (g.change?.basis) {
        meaning.basisN++;
        if (p.change?.basis === g.change.basis) meaning.basis++;
        else meaning.wrongBasis.push({ file: gold.file, gold: g, pred: p });
      }
      if (g.item) {
        meaning.itemN++;
        if ((p.label ?? '').includes(g.item)) meaning.item++;
        else meaning.wrongItem.push({ file: gold.file, gold: g, pred: p });
      }
    }
    files.push({
      file: gold.file,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, m.goldCount),
      category: ratio(category, tp),
      label: ratio(label, tp),
      tp, fp, gold: m.goldCount,
      misses: m.misses,
      falsePositives: m.falsePositives,
      wrongCategory: m.pairs.filter((p) => p.gold.category !== p.pred.category),
      wrongLabel: m.pairs.filter((p) => !labelMatches(p.gold.label, p.pred.label)),
    });
    total.tp += tp;
    total.fp += fp;
    total.gold += m.goldCount;
    total.category += category;
    total.label += label;
  }
  return {
    precision: ratio(total.tp, total.tp + total.fp),
    recall: ratio(total.tp, total.gold),
    category: ratio(total.category, total.tp),
    label: ratio(total.label, total.tp),
    tp: total.tp, fp: total.fp, gold: total.gold,
    status: ratio(meaning.status, meaning.statusN),
    direction: ratio(meaning.direction, meaning.changeN),
    basis: ratio(meaning.basis, meaning.basisN),
    item: ratio(meaning.item, meaning.itemN),
    meaning,
    files,
  };
}

const f3 = (x) => x.toFixed(3);

export function printReport(r, verbose = false) {
  console.log('figures against gold (same value, same base unit, overlapping span; optional gold ignored)');
  console.log('file                                              P      R      cat    label  tp/gold  fp');
  for (const f of r.files) {
    console.log(`${f.file.padEnd(48)}  ${f3(f.precision)}  ${f3(f.recall)}  ${f3(f.category)}  ${f3(f.label)}  ${`${f.tp}/${f.gold}`.padEnd(7)}  ${f.fp}`);
    if (!verbose) continue;
    for (const g of f.misses) console.log(`    miss   ${g.text} = ${g.value} ${g.unit} @${g.offset} (${g.label})`);
    for (const p of f.falsePositives) console.log(`    extra  ${p.text} = ${p.value} ${p.unit} ${p.category} @${p.start} (${p.label})`);
    for (const { gold, pred } of f.wrongCategory) console.log(`    cat    ${pred.text}: ${pred.category}, gold ${gold.category}`);
    for (const { gold, pred } of f.wrongLabel) console.log(`    label  ${pred.text}: ${pred.label} | gold ${gold.label}`);
  }
  console.log(`${'overall'.padEnd(48)}  ${f3(r.precision)}  ${f3(r.recall)}  ${f3(r.category)}  ${f3(r.label)}  ${`${r.tp}/${r.gold}`.padEnd(7)}  ${r.fp}`);
  console.log('targets: precision ≥ 0.95, recall ≥ 0.95, category ≥ 0.9, label ≥ 0.8');
  const m = r.meaning;
  console.log(`meaning (figures annotated with status in test/gold): status ${f3(r.status)} (${m.status}/${m.statusN})  change direction ${f3(r.direction)} (${m.direction}/${m.changeN})  basis ${f3(r.basis)} (${m.basis}/${m.basisN})  分别 items ${f3(r.item)} (${m.item}/${m.itemN})`);
  console.log('targets: status ≥ 0.9, every 分别 figure its own item');
  if (!verbose) return;
  for (const { file, gold, pred } of m.wrongStatus) console.log(`    status ${file.slice(0, 12)} ${pred.text} @${pred.start}: ${pred.status ?? 'null'}, gold ${gold.status ?? 'null'}${pred.explain ? ` (${pred.explain.status})` : ''}`);
  for (const { file, gold, pred } of m.wrongChange) console.log(`    change ${file.slice(0, 12)} ${pred.text} @${pred.start}: ${pred.change?.direction ?? '-'}, gold ${gold.change?.direction ?? '-'}`);
  for (const { file, gold, pred } of m.wrongBasis) console.log(`    basis  ${file.slice(0, 12)} ${pred.text} @${pred.start}: ${pred.change?.basis ?? '-'}, gold ${gold.change.basis}`);
  for (const { file, gold, pred } of m.wrongItem) console.log(`    item   ${file.slice(0, 12)} ${pred.text} @${pred.start}: ${pred.label}, gold item ${gold.item}`);
}

if (process.argv[1] && basename(process.argv[1]) === 'eval-figures.js') {
  const verbose = process.argv.includes('--verbose');
  const predict = (text, file) => pipelineFigures(text, file, { explain: verbose });
  const r = await evaluate(predict);
  printReport(r, verbose);
  const held = heldoutFiles();
  if (held.length) {
    console.log('\nheld out (test/gold/heldout: annotated after the rules were written, not used to tune them)');
    printReport(await evaluate(predict, held), verbose);
  }
}
