// Word-boundary precision, recall and F1 of a segmenter against the SIGHAN
// 2005 PKU test gold (shared by the Simplified and Traditional F1 tests).
import { readFileSync } from 'node:fs';

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

/** `cut` gets each test line with its spaces removed and returns its words */
export function pkuF1(cut: (line: string) => string[]): { p: number; r: number; f1: number } {
  const test = lines('pku_test.utf8');
  const gold = lines('pku_test_gold.utf8');
  let correct = 0;
  let predicted = 0;
  let expected = 0;
  for (let i = 0; i < test.length; i++) {
    const g = gold[i]!.split(/\s+/).filter(Boolean);
    if (g.length === 0) continue;
    const gs = spans(g);
    const ps = spans(cut(test[i]!.replace(/\s+/g, '')));
    for (const s of ps) if (gs.has(s)) correct++;
    predicted += ps.size;
    expected += gs.size;
  }
  const p = correct / predicted;
  const r = correct / expected;
  return { p, r, f1: (2 * p * r) / (p + r) };
}
