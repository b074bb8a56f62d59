// A long Traditional input costs about what its Simplified reading costs: the
// view is one pass, and quoted strings are looked for near their objects.
// (A guard against pathological slowness, with a generous bound.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sourceFromString } from '../../src/input/source.js';
import type { FiguresResult } from '../../src/pipeline/figures-stage.js';
import { makeProcessor } from '../../src/pipeline/tasks.js';
import { corpusDir } from '../paths.js';

it('reads 300 KB of Traditional text in well under ten seconds, quoting it', async () => {
  const one = readFileSync(join(corpusDir, 'hant', 't06_aomen_2004_shiyue_lvke_rujing.txt'), 'utf8');
  const text = one.repeat(200);
  const process = await makeProcessor('figures', {});
  const t0 = performance.now();
  const r = process(sourceFromString('long.txt', text, 'utf-8', 'text')) as FiguresResult;
  const ms = performance.now() - t0;
  expect(r.script).toBe('hant');
  expect(r.figures.length).toBe(200 * 40);
  for (const f of r.figures.slice(-40)) expect(text.includes(f.sentence)).toBe(true);
  expect(ms).toBeLessThan(10_000);
});
