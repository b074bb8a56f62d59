// `npm run eval` (numbers): the number-reading cases of ../shared/data/numbers
// (Recognizers-Text and cn2an test suites, format and scoring in its README)
// through the real CLI — one `wenxi figures --all --input-format jsonl -f ndjson`
// process for all of them — scored per suite and per `tags` form. Every failure
// is written to bench/out/numbers-failures.txt (git-ignored) to read.
//   node bench/eval-numbers.js [--verbose]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '../../shared/data/numbers');
const OUT = join(here, 'out');
const BIN = join(here, '../bin/wenxi.js');

const readJsonl = (file) =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const SKIP_FLAGS = ['source-quirk', 'no-source-impl-passes', 'unsafe-integer', 'inexact-value'];
export const scored = (c) => !c.suite.includes('ordinal') && !(c.flags ?? []).some((f) => SKIP_FLAGS.some((s) => f.startsWith(s)));

/** all cases through one CLI process; figures by case id */
function runCli(cases) {
  const input = cases.map((c) => JSON.stringify({ id: c.id, input: c.input })).join('\n') + '\n';
  const r = spawnSync(process.execPath, [BIN, 'figures', '--all', '--input-format', 'jsonl', '--text-field', 'input', '-f', 'ndjson', '--no-progress', '-'], {
    input,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`wenxi exited ${r.status}: ${r.stderr}`);
  const byId = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    // one record per figure (path + figure fields) or per article (path + figures)
    const id = rec.path ?? rec.id;
    const list = byId.get(id) ?? [];
    if (Array.isArray(rec.figures)) list.push(...rec.figures);
    else if (rec.value !== undefined || rec.text !== undefined) list.push(rec.figure ?? rec);
    byId.set(id, list);
  }
  return byId;
}

const close = (a, b) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
const cpLen = (s) => [...s].length;

/** the readings a predicted figure stands for: per-mille is also 0.1 % and a fraction
 * (the data's README), and so, by the same rule, is a percentage (2 % = 0.02) */
function readings(p) {
  const out = [{ value: p.value, unit: p.unit }];
  if (p.unit === '%') out.push({ value: p.value / 100, unit: null });
  if (p.unit === null && /分之|[/／]/.test(p.text ?? '')) out.push({ value: p.value * 100, unit: '%' });
  if (p.unit === '‰') out.push({ value: p.value / 10, unit: '%' }, { value: p.value / 1000, unit: null });
  if (p.unit === '‱') out.push({ value: p.value / 100, unit: '%' }, { value: p.value / 10000, unit: null });
  return out;
}

function unitOk(expected, p, reading) {
  if (expected == null) return true;
  if (reading.unit === expected) return true;
  // the gold unit is the surface unit (块, 公分): written in the figure's text
  return p.unit !== null && reading.unit === p.unit && typeof p.text === 'string' && p.text.includes(expected);
}

function matches(e, p) {
  const s = e.start;
  const end = s + cpLen(e.text);
  if (!(p.start < end && s < p.end)) return false;
  const options = [{ value: e.value, unit: e.unit }, ...(e.alt ?? [])];
  for (const o of options) for (const r of readings(p)) if (close(r.value, o.value) && unitOk(o.unit, p, r)) return true;
  return false;
}

/** one case: { ok, why } */
export function scoreCase(c, preds) {
  const used = new Set();
  const missing = [];
  for (const e of c.expected) {
    const k = preds.findIndex((p, i) => !used.has(i) && matches(e, p));
    if (k < 0) missing.push(e);
    else used.add(k);
  }
  const extra = c.scope === 'all' || c.expected.length === 0 && c.scope === 'all' ? preds.filter((_, i) => !used.has(i)) : [];
  // typed negatives (对折 alone is no discount): a figure of that kind is an error
  const typedExtra = c.expected.length === 0 && c.scope.startsWith('typed:') ? preds.filter((p) => typedKind(c.scope, p)) : [];
  const bad = [...extra, ...typedExtra];
  return { ok: missing.length === 0 && bad.length === 0, missing, extra: bad };
}

function typedKind(scope, p) {
  const kind = scope.slice(6);
  if (kind === 'percent') return p.unit === '%' || p.category === 'percent';
  if (kind === 'currency') return p.category === 'money';
  // a dimension is a measure, not a count (一个惊喜)
  return p.unit !== null && !COUNTERS.has(p.unit);
}
const COUNTERS = new Set(['个', '项', '次', '件', '位', '名', '家', '只', '条', '人', '户']);

/** a range case: each expected {low, high} has a figure over its span with that range */
export function scoreRange(c, preds) {
  const missing = [];
  for (const e of c.expected) {
    const s = e.start;
    const end = s + cpLen(e.text);
    const hit = preds.some((p) => {
      if (!(p.start < end && s < p.end)) return false;
      const r = p.range ?? (p.approx ? null : { min: p.value, max: p.value });
      if (!r) return false;
      return (e.low === null ? r.min === null : close(r.min, e.low)) && (e.high === null ? r.max === null : close(r.max, e.high));
    });
    if (!hit) missing.push(e);
  }
  return { ok: missing.length === 0, missing, extra: [] };
}

const show = (f) => `${f.text}=${f.value}${f.unit ?? ''}${f.range ? ` [${f.range.min},${f.range.max}]` : ''}@${f.start}`;

export function evaluate() {
  const cases = readJsonl(join(DATA, 'cases.jsonl'));
  const ranges = readJsonl(join(DATA, 'ranges.jsonl'));
  const preds = runCli([...cases, ...ranges]);
  const suites = new Map();
  const tags = new Map();
  const bump = (m, k, ok) => {
    const v = m.get(k) ?? { ok: 0, n: 0 };
    v.n++;
    if (ok) v.ok++;
    m.set(k, v);
  };
  const failures = [];
  const totals = { positive: { ok: 0, n: 0 }, negative: { ok: 0, n: 0 }, ranges: { ok: 0, n: 0 } };
  for (const c of cases) {
    if (!scored(c)) continue;
    const r = scoreCase(c, preds.get(c.id) ?? []);
    const t = c.expected.length === 0 ? totals.negative : totals.positive;
    t.n++;
    if (r.ok) t.ok++;
    bump(suites, c.suite, r.ok);
    for (const tag of c.tags ?? []) bump(tags, tag, r.ok);
    if (!r.ok) failures.push({ c, r, got: preds.get(c.id) ?? [] });
  }
  for (const c of ranges) {
    if (!scored(c)) continue;
    const r = scoreRange(c, preds.get(c.id) ?? []);
    totals.ranges.n++;
    if (r.ok) totals.ranges.ok++;
    bump(suites, c.suite, r.ok);
    if (!r.ok) failures.push({ c, r, got: preds.get(c.id) ?? [] });
  }
  return { suites, tags, totals, failures };
}

export function printReport({ suites, tags, totals, failures }) {
  const f3 = (v) => (v.n ? v.ok / v.n : 1).toFixed(3);
  console.log('\nnumber reading (../shared/data/numbers, through `wenxi figures --all`)');
  for (const [k, v] of [...suites].sort()) console.log(`  ${k.padEnd(28)} ${f3(v)}  (${v.ok}/${v.n})`);
  console.log('  by form:');
  for (const [k, v] of [...tags].sort((a, b) => a[1].ok / a[1].n - b[1].ok / b[1].n)) console.log(`    ${k.padEnd(26)} ${f3(v)}  (${v.ok}/${v.n})`);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'numbers-failures.txt');
  const lines = failures.map(({ c, r, got }) =>
    `${c.id} [${c.scope}] ${JSON.stringify(c.input)}\n  want ${c.expected.map((e) => (e.low !== undefined ? `${e.text} [${e.low},${e.high}]` : `${e.text}=${e.value}${e.unit ?? ''}`)).join(' | ') || '(nothing)'}\n  got  ${got.map(show).join(' | ') || '(nothing)'}\n  tags ${(c.tags ?? []).join(',')}${r.missing.length ? '' : `  extra ${r.extra.map(show).join(' | ')}`}`,
  );
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(
    `numbers: values ${f3(totals.positive)} (${totals.positive.ok}/${totals.positive.n}), negatives clean ${f3(totals.negative)} (${totals.negative.ok}/${totals.negative.n}), ranges ${f3(totals.ranges)} (${totals.ranges.ok}/${totals.ranges.n}); failures in ${file}`,
  );
  return totals;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printReport(evaluate());
