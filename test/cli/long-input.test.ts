// One very long paragraph must cost linear work, and an input past the budget
// fails alone with a clear line instead of crashing the run.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, referencePath } from '../paths.js';
import { wenxi } from './run-cli.js';

let dir: string;
let big: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wenxi-long-'));
  // The 2019 work report with its newlines removed, 40 times over: 2.4 MB in one paragraph.
  const report = readFileSync(join(corpusDir, '23_guowuyuan_zhengfu_gongzuo_baogao_2019.txt'), 'utf8').replace(/\r?\n/g, '');
  big = join(dir, 'one-paragraph.txt');
  writeFileSync(big, report.repeat(40));
});

describe('a 2.4 MB single paragraph', () => {
  // Before the windowed sentence graph this needed ~4 GB of heap and crashed
  // with exit 134; 1 GB is generous for linear work (it uses ~300 MB).
  const bounded = { NODE_OPTIONS: '--max-old-space-size=1024' };
  for (const command of ['analyze']) {
    it(`${command} finishes with a summary, inside a 1 GB heap`, () => {
      const started = Date.now();
      const r = wenxi([command, '-f', 'json', big], { env: bounded });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const [a] = JSON.parse(r.stdout);
      expect(a.sections).toHaveLength(1);
      const summary = a.sections[0].summary;
      expect(summary).toHaveLength(3);
      // key sentences are whole sentences of the text, sliced at their offsets
      const text = readFileSync(big, 'utf8');
      const cps = Array.from(text);
      for (const s of summary) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
      expect(Date.now() - started).toBeLessThan(50_000);
    });
  }
});

describe('an input past the size budget', () => {
  it('fails alone: one line "too large to analyse", exit 1, the other input processed', () => {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024); // sparse: costs nothing on disk
    const r = wenxi(['figures', '-f', 'ndjson', huge, referencePath]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`wenxi: ${huge}: too large to analyse (100.0 MB; at most 64.0 MB per input)`]);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0].error.message).toMatch(/too large/);
    expect(out[1].figures.length).toBeGreaterThan(10);
  });
});
