import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureSegmenter, isSegmenterLoaded, loadTimeMs, segment, type SegmentOptions } from '../../src/segment/index.js';
import { sliceCodePoints } from '../../src/text/codepoints.js';

const reference = readFileSync(new URL('../../fixtures/reference.txt', import.meta.url), 'utf8');
const corpusDir = new URL('../../../shared/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));

const words = (text: string, o?: SegmentOptions) => segment(text, o).map((t) => t.word);
const MODES: SegmentOptions[] = [{}, { hmm: false }, { mode: 'full' }, { mode: 'search' }, { mode: 'search', hmm: false }, { pos: true }];

describe('lazy loading', () => {
  it('loads nothing until the first segment()', () => {
    // a user dictionary of our own, added before the first segment()
    const dir = mkdtempSync(join(tmpdir(), 'wenxi-test-'));
    const p = join(dir, 'mine.txt');
    writeFileSync(p, '肥城经开 5 ns\n');
    configureSegmenter({ userDicts: [p] });
    expect(isSegmenterLoaded()).toBe(false);
    expect(loadTimeMs()).toBeNull();
    expect(words('你好')).toEqual(['你好']);
    expect(isSegmenterLoaded()).toBe(true);
    expect(loadTimeMs()).toBeGreaterThan(0);
  });
});

describe("the digit trap: HMM is on, numbers and Latin words stay whole as in jieba", () => {
  const s = '完成投资860万元，增长1.26亿元，GDP增长6.6%';
  it('default mode', () => {
    expect(words(s)).toEqual(['完成', '投资', '860', '万元', '，', '增长', '1.26', '亿元', '，', 'GDP', '增长', '6.6', '%']);
  });
  it('--no-hmm keeps ASCII runs whole but, like jieba, splits at the decimal point', () => {
    expect(words(s, { hmm: false })).toEqual(
      ['完成', '投资', '860', '万元', '，', '增长', '1', '.', '26', '亿元', '，', 'GDP', '增长', '6', '.', '6', '%'],
    );
  });
  it('full and search modes keep numbers and Latin words whole', () => {
    for (const o of [{ mode: 'full' }, { mode: 'search' }, { mode: 'search', hmm: false }] as SegmentOptions[]) {
      const w = words('投资860万元，iPhone12售价', o);
      expect(w).toContain('860');
      expect(w).toContain('iPhone12');
      expect(w.some((x) => /^[0-9]$/.test(x))).toBe(false);
    }
  });
  it('tags numbers as numerals', () => {
    const t = segment('投资860万元增长1.26亿元', { pos: true });
    expect(t.find((x) => x.word === '860')!.tag).toBe('m');
    expect(t.find((x) => x.word === '1.26')!.tag).toBe('m');
  });
});

describe('modes', () => {
  it('full mode lists overlapping dictionary words with their own offsets', () => {
    const t = segment('中华人民共和国成立', { mode: 'full' });
    const at = (w: string) => t.find((x) => x.word === w);
    expect(at('中华人民共和国')).toMatchObject({ start: 0, end: 7 });
    expect(at('人民')).toMatchObject({ start: 2, end: 4 });
    expect(at('共和国')).toMatchObject({ start: 4, end: 7 });
  });
  it('search mode adds dictionary sub-words before the long word', () => {
    const w = words('中华人民共和国成立', { mode: 'search' });
    expect(w.indexOf('共和国')).toBeLessThan(w.indexOf('中华人民共和国'));
    expect(w).toContain('人民');
    expect(w.at(-1)).toBe('成立');
  });
});

describe('offsets', () => {
  const texts = [reference, ...corpus, '𠀀字经开区投资860万元\n\n  𠀁 𠀂GDP增长6.6%，\t双招双引𠀃'];
  it.each(MODES.map((m) => [JSON.stringify(m), m] as const))('slice(start, end) gives the word back in %s', (_, m) => {
    for (const text of texts) {
      for (const t of segment(text, m)) {
        expect(t.word.trim()).not.toBe('');
        expect(sliceCodePoints(text, t.start, t.end)).toBe(t.word);
      }
    }
  });
  it('precise mode covers every non-space code point exactly once, in order', () => {
    for (const text of texts) {
      const toks = segment(text);
      const covered = toks.map((t) => t.word).join('');
      expect(covered).toBe(text.replace(/\s/g, ''));
      for (let i = 1; i < toks.length; i++) expect(toks[i]!.start).toBeGreaterThanOrEqual(toks[i - 1]!.end);
    }
  });
  it('counts astral characters as one code point', () => {
    const t = segment('𠀀经开区');
    expect(t.at(-1)).toEqual({ word: '经开区', start: 1, end: 4 });
  });
});

describe('dictionaries', () => {
  it('keeps 经开区 and other news terms whole in the reference article', () => {
    const w = words(reference);
    expect(w.filter((x) => x === '经开区').length).toBeGreaterThanOrEqual(3);
    for (const frag of ['开区', '为经', '经开']) expect(w).not.toContain(frag);
    for (const term of ['主题教育', '不忘初心', '牢记使命', '双招双引', '动能转换']) expect(w).toContain(term);
  });
  it('applies the user dictionary given to configureSegmenter', () => {
    expect(words('肥城经开区')).toEqual(['肥城经开', '区']);
  });
  it('tags user dictionary words with their tag', () => {
    expect(segment('推动经开区发展', { pos: true }).find((t) => t.word === '经开区')!.tag).toBe('n');
  });
  it('is deterministic and agrees between tagged and plain cuts', () => {
    for (const text of [reference, ...corpus]) {
      const plain = segment(text);
      const tagged = segment(text, { pos: true });
      expect(tagged.map(({ word, start, end }) => ({ word, start, end }))).toEqual(plain);
    }
  });
});

describe('minLength', () => {
  it('leaves out exactly the shorter words, offsets and tags unchanged', () => {
    for (const text of [reference, ...corpus]) {
      const all = segment(text, { pos: true });
      const long = segment(text, { pos: true, minLength: 2 });
      expect(long).toEqual(all.filter((t) => t.word.length >= 2));
      expect(long.length).toBeLessThan(all.length * 0.8); // punctuation and single characters are many
    }
  });
});
