// Word-boundary F1 against the SIGHAN 2005 PKU test gold. Our dictionary and
// jieba's follow a different standard from PKU's (jieba joins more), so the
// figure measures drift, not absolute quality: it must not regress.
import { expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { pkuF1 } from './pku.js';

/** measured with dict/user.dict.utf8 (P=0.8501 R=0.7842); raw nodejieba with its stock dictionary is compared in bench/segment-speed.js */
const MEASURED_F1 = 0.8158;
const MARGIN = 0.005;

it('PKU test F1 does not regress', () => {
  const { p, r, f1 } = pkuF1((line) => segment(line).map((t) => t.word));
  console.log(`SIGHAN 2005 PKU: P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${f1.toFixed(4)}`);
  expect(f1).toBeGreaterThan(MEASURED_F1 - MARGIN);
}, 60_000);
