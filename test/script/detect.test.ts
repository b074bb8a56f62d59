import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/script/index.js';
import { hantCorpus, simplifiedCorpus, toTraditional } from './helpers.js';

describe('script detection', () => {
  it('finds every Simplified corpus article Simplified, most without measuring', () => {
    for (const { name, text } of simplifiedCorpus()) {
      const d = detectScript(text);
      expect(d.script, name).toBe('hans');
      if (d.share !== null) expect(d.share, name).toBeLessThan(0.02);
    }
  });

  it('finds the Traditional articles Traditional, with a third of their Han characters changed', () => {
    for (const { name, text } of hantCorpus()) {
      const d = detectScript(text);
      expect(d.script, name).toBe('hant');
      expect(d.share!, name).toBeGreaterThan(0.25);
      expect(d.share!, name).toBeLessThan(0.45);
    }
  });

  it('finds the Traditional versions of the Simplified articles Traditional', () => {
    for (const { name, text } of simplifiedCorpus().slice(0, 4)) expect(detectScript(toTraditional(text)).script, name).toBe('hant');
  });

  it('calls text without Han characters, and Simplified text quoting a Traditional name, Simplified', () => {
    expect(detectScript('GDP 2020: +6.1%').script).toBe('hans');
    expect(detectScript('据《聯合報》报道，今年全市新增就业岗位三万个，比上年增长百分之五。').script).toBe('hans');
  });
});
