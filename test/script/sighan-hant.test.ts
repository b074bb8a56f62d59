// SIGHAN 2005 PKU on Traditional text: the test set converted cn → tw and
// segmented through the pipeline (its Simplified view) scores as the
// Simplified original; segmenting the Traditional characters directly would
// lose about a tenth of the F1.
import { expect, it } from 'vitest';
import { sourceFromString } from '../../src/input/source.js';
import { makeProcessor, type SegmentResult } from '../../src/pipeline/tasks.js';
import { segment } from '../../src/segment/index.js';
import { toTraditional } from './helpers.js';
import { pkuF1 as f1 } from '../segment/pku.js';

it('PKU F1 on the Traditional test set equals the Simplified one', async () => {
  const process = await makeProcessor('segment', { script: 'hant' });
  const hans = f1((l) => segment(l).map((t) => t.word));
  const hant = f1((l) => {
    const tw = toTraditional(l);
    const r = process(sourceFromString('pku', tw, 'utf-8', 'text')) as SegmentResult;
    // the words are the Traditional text's own
    expect(r.tokens.map((t) => t.word).join('')).toBe(tw);
    return r.tokens.map((t) => t.word);
  });
  const direct = f1((l) => segment(toTraditional(l)).map((t) => t.word));
  const show = (x: { p: number; r: number; f1: number }) => `P=${x.p.toFixed(4)} R=${x.r.toFixed(4)} F1=${x.f1.toFixed(4)}`;
  console.log(`SIGHAN 2005 PKU F1 — Simplified ${show(hans)}; Traditional through the view ${show(hant)}; Traditional cut directly ${show(direct)}`);
  expect(Math.abs(hant.f1 - hans.f1)).toBeLessThan(0.002);
  expect(direct.f1).toBeLessThan(hant.f1 - 0.05);
}, 60_000);
