// Word-boundary F1 against the SIGHAN 2005 PKU test gold. Our dictionary and
// jieba's follow a different standard from PKU's (jieba joins more), so the
// figure measures drift, not absolute quality: it must not regress.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const dir = new URL('../../../shared/data/sighan2005/', import.meta.url);
const lines = (f: string) => readFileSync(new URL(f, dir), 'utf8').split('\n').map((l) => l.trim());

/** word spans [start,end) of a list of words, as "start:end" keys */
function spans(ws: string[]): Set<string> {
  const out = new Set<string>();
  let pos = 0;
  for (const w of ws) {
    const n = [...w].length;
    out.add(`${pos}:${pos + n}`);
    pos += n;
  }
  return out;
}

export function pkuF1(): { p: number; r: number; f1: number } {
  const test = lines('pku_test.utf8');
  const gold = lines('pku_test_gold.utf8');
  let correct = 0;
  let predicted = 0;
  let expected = 0;
  for (let i = 0; i < test.length; i++) {
    const g = gold[i]!.split(/\s+/).filter(Boolean);
    if (g.length === 0) continue;
    const p = segment(test[i]!.replace(/\s+/g, '')).map((t) => t.word);
    const gs = spans(g);
    const ps = spans(p);
    for (const s of ps) if (gs.has(s)) correct++;
    predicted += ps.size;
    expected += gs.size;
  }
  const p = correct / predicted;
  const r = correct / expected;
  return { p, r, f1: (2 * p * r) / (p + r) };
}

/** measured with dict/user.dict.utf8 (P=0.8501 R=0.7842); raw nodejieba with its stock dictionary is compared in bench/segment-speed.js */
const MEASURED_F1 = 0.8158;
const MARGIN = 0.005;

it('PKU test F1 does not regress', () => {
  const { p, r, f1 } = pkuF1();
  console.log(`SIGHAN 2005 PKU: P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${f1.toFixed(4)}`);
  expect(f1).toBeGreaterThan(MEASURED_F1 - MARGIN);
}, 60_000);
