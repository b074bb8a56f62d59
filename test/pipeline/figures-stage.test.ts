// `wenxi figures` must never pay for the segmenter's dictionary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeProcessor } from '../../src/pipeline/tasks.js';
import { sourceFromString } from '../../src/input/source.js';
import { isSegmenterLoaded } from '../../src/segment/index.js';
import { referencePath } from '../paths.js';

describe('figures stage', () => {
  it('extracts figures without loading the dictionary, each placed in its section', async () => {
    const process = await makeProcessor('figures', {});
    const src = sourceFromString('reference.txt', readFileSync(referencePath, 'utf8'), 'utf-8', 'text');
    const r = process(src) as { figures: { text: string; section: number | null }[]; sectionHeadings: (string | null)[] };
    expect(isSegmenterLoaded()).toBe(false);
    const f = r.figures.find((x) => x.text === '771户')!;
    expect(r.sectionHeadings[f.section!]).toMatch(/^答好“民生卷”/);
    const g = r.figures.find((x) => x.text === '3600名')!;
    expect(r.sectionHeadings[g.section!]).toMatch(/^答好“学习卷”/);
    // the 声明 notice's 30日内 is boilerplate and a duration, never a figure
    expect(r.figures.some((x) => x.text.includes('30日'))).toBe(false);
  });
});
