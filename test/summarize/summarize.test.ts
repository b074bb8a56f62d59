import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { extractKeywords, keySentences, type SentenceInput } from '../../src/summarize/index.js';
import { getStopWords } from '../../src/summarize/wordlists.js';
import { CodePointMap } from '../../src/text/codepoints.js';
import { splitSentences } from '../../src/text/sentences.js';

const reference = readFileSync(new URL('../../fixtures/reference.txt', import.meta.url), 'utf8');
// The body of the reference article: from the lead paragraph to the site's
// statement (the pipeline passes body sentences only; here we cut by hand).
const body = reference.slice(reference.indexOf('习总书记'), reference.indexOf('声明:'));
const corpusDir = new URL('../../../shared/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));

/** a crude figure counter for tests only: Arabic number + multiplier + common unit */
const FIGURE = /[0-9]+(?:\.[0-9]+)?[万亿]?(?:元|个|名|次|户|人|篇|处|项|吨|亩|%)/g;

function sentencesOf(text: string): SentenceInput[] {
  const toks = segment(text, { pos: true });
  const map = new CodePointMap(text);
  return splitSentences(text).map((s) => {
    const start = map.toCp(s.start);
    const end = map.toCp(s.end);
    const sentence = text.slice(s.start, s.end);
    return { text: sentence, start, end, tokens: toks.filter((t) => t.start >= start && t.end <= end), figures: (sentence.match(FIGURE) ?? []).length };
  });
}

describe('keywords of the reference article', () => {
  const tokens = segment(body, { pos: true });
  const stop = getStopWords();
  for (const method of ['tfidf', 'textrank'] as const) {
    it(`${method}: whole news terms, no fragments, stop words, numbers or single characters`, () => {
      const kw = extractKeywords(tokens, { method, top: 20 });
      expect(kw).toHaveLength(20);
      const words = kw.map((k) => k.word);
      expect(words).toContain('主题教育');
      expect(words).toContain('经开区');
      for (const frag of ['开区', '为经', '经开', '主题', '教育']) expect(words).not.toContain(frag);
      for (const w of words) {
        expect(stop.has(w)).toBe(false);
        expect(w).not.toMatch(/[0-9]/);
        expect([...w].length).toBeGreaterThanOrEqual(2);
      }
      for (let i = 1; i < kw.length; i++) expect(kw[i]!.weight).toBeLessThanOrEqual(kw[i - 1]!.weight);
    });
  }
  it('honours top and is deterministic', () => {
    expect(extractKeywords(tokens, { top: 5 })).toHaveLength(5);
    expect(extractKeywords(segment(body, { pos: true }))).toEqual(extractKeywords(tokens));
    expect(extractKeywords(tokens, { method: 'textrank' })).toEqual(extractKeywords(tokens, { method: 'textrank' }));
  });
  it('textrank normalises the top weight to 1', () => {
    expect(extractKeywords(tokens, { method: 'textrank', top: 1 })[0]!.weight).toBeCloseTo(1, 10);
  });
  it('returns nothing for no content words', () => {
    expect(extractKeywords(segment('的了，。123', { pos: true }))).toEqual([]);
    expect(extractKeywords([], { method: 'textrank' })).toEqual([]);
  });
});

describe('key sentences', () => {
  const texts = [body, ...corpus];
  it('are whole input sentences, in text order, at most max', () => {
    for (const text of texts) {
      const sents = sentencesOf(text);
      for (const max of [1, 3]) {
        const picked = keySentences(sents, { max });
        expect(picked.length).toBe(Math.min(max, sents.length));
        for (const p of picked) {
          const src = sents.find((s) => s.start === p.start && s.end === p.end);
          expect(src?.text).toBe(p.text);
          expect(p.text).not.toMatch(/^[，,、]/);
        }
        for (let i = 1; i < picked.length; i++) expect(picked[i]!.start).toBeGreaterThan(picked[i - 1]!.start);
      }
    }
  });
  it('default to 3 and are deterministic', () => {
    const sents = sentencesOf(body);
    const a = keySentences(sents);
    expect(a).toHaveLength(3);
    expect(keySentences(sentencesOf(body))).toEqual(a);
  });
  it('prefer sentences that carry figures, other things equal', () => {
    const sents = sentencesOf(body);
    const withFigures = sents.map((s, i) => ({ ...s, figures: i === 7 ? 3 : 0 }));
    const without = sents.map((s) => ({ ...s, figures: 0 }));
    const rank = (xs: SentenceInput[]) => keySentences(xs, { max: xs.length }).find((p) => p.start === sents[7]!.start)!.score;
    expect(rank(withFigures)).toBeGreaterThan(rank(without));
    // and on the real counts, at least one picked sentence carries a figure
    const picked = keySentences(sents);
    expect(picked.some((p) => FIGURE.test(p.text) || /[0-9]/.test(p.text))).toBe(true);
  });
  it('handles no sentences and one sentence', () => {
    expect(keySentences([])).toEqual([]);
    const one = sentencesOf('经开区新建项目28个。');
    expect(keySentences(one).map((s) => s.text)).toEqual(['经开区新建项目28个。']);
  });
});

describe('unknown two-character words', () => {
  // tokens written by hand: 于基 stands for an HMM-made fragment (tag x) seen once
  const tok = (word: string, tag: string, start: number) => ({ word, tag, start, end: start + word.length });
  it('a one-off fragment is no keyword, a recurring unknown word may be', () => {
    const once = [tok('招商引资', 'l', 0), tok('于基', 'x', 4), tok('项目', 'n', 6), tok('项目', 'n', 8)];
    expect(extractKeywords(once, { method: 'tfidf' }).map((k) => k.word)).not.toContain('于基');
    const twice = [...once, tok('于基', 'x', 10)];
    expect(extractKeywords(twice, { method: 'tfidf' }).map((k) => k.word)).toContain('于基');
  });
});
