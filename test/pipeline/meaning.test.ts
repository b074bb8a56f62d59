// `figures` and `analyze` give every figure the same label, status, change and period.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/pipeline/analysis.js';
import { figuresOf } from '../../src/pipeline/figures-stage.js';
import { sourceFromString } from '../../src/input/source.js';
import { corpusDir } from '../paths.js';

describe('figures and analyze agree on what each figure measures', () => {
  it('on the 2019 work report', () => {
    const text = readFileSync(join(corpusDir, '23_guowuyuan_zhengfu_gongzuo_baogao_2019.txt'), 'utf8');
    const src = sourceFromString('23.txt', text, 'utf-8', 'text');
    const pick = (fs: { text: string; start: number; label: string | null; status?: unknown; change?: unknown; period?: string }[]) =>
      fs.map((f) => [f.start, f.text, f.label, f.status, f.change ?? null, f.period ?? null]);
    const a = pick(analyzeSource(src).figures);
    expect(a.length).toBeGreaterThan(80);
    expect(a).toEqual(pick(figuresOf(src).figures));
  });
});
