// The quality bar of the Traditional part of issue 12: the Traditional version
// of every corpus article (OpenCC cn → tw) is analysed as its original is —
// same figures, headings, title, date, author, keywords that read back to the
// original's — and everything printed quotes the Traditional text itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceFromString } from '../../src/input/source.js';
import type { Analysis } from '../../src/pipeline/analysis.js';
import { makeProcessor } from '../../src/pipeline/tasks.js';
import { toSimplifiedAligned } from '../../src/script/index.js';
import { sliceCodePoints } from '../../src/text/codepoints.js';
import { hantCorpus, moreCorpus, simplifiedCorpus, toTraditional } from './helpers.js';

let analyze: (s: ReturnType<typeof sourceFromString>) => Analysis;
beforeAll(async () => {
  const p = await makeProcessor('analyze', {});
  analyze = (s) => p(s) as Analysis;
});

const run = (name: string, text: string) => analyze(sourceFromString(name, text, 'utf-8', 'text'));
const figureKey = (f: Analysis['figures'][number]) => `${f.start}-${f.end} ${f.value} ${f.unit} ${f.category}`;

describe('Traditional versions of the corpus articles', () => {
  // the 2019 work report is long: its figures and headings are checked, the rest on every article
  const articles = simplifiedCorpus();

  it.each(articles.map((a) => [a.name, a.text]))('%s: same figures, structure and metadata', (name, text) => {
    const tw = toTraditional(text);
    expect(tw.length).toBe(text.length);
    const a = run(name, text);
    const b = run(name, tw);
    expect(a.script).toBe('hans');
    expect(b.script).toBe('hant');
    expect(b.figures.map(figureKey)).toEqual(a.figures.map(figureKey));
    for (const f of b.figures) expect(f.text).toBe(sliceCodePoints(tw, f.start, f.end));
    expect(b.sections.map((s) => [s.start, s.end, s.level])).toEqual(a.sections.map((s) => [s.start, s.end, s.level]));
    expect(b.sections.map((s) => s.heading)).toEqual(a.sections.map((s) => (s.heading === null ? null : toTraditional(s.heading))));
    expect(b.meta.title).toBe(a.meta.title === null ? null : toTraditional(a.meta.title));
    expect(b.meta.date).toBe(a.meta.date);
    expect(b.meta.author).toBe(a.meta.author === null ? null : toTraditional(a.meta.author));
    // keywords are words of the Traditional text; read back to Simplified they are the original's
    const back = b.keywords.map((k) => toSimplifiedAligned(k.word));
    for (const k of b.keywords) expect(tw.includes(k.word), k.word).toBe(true);
    const mine = new Set(a.keywords.map((k) => k.word));
    const overlap = back.filter((w) => mine.has(w)).length / Math.max(1, a.keywords.length);
    expect(overlap).toBeGreaterThanOrEqual(0.9);
  });
});

describe('Traditional versions of the more/ articles (figures only: no segmenter)', () => {
  let figures: (s: ReturnType<typeof sourceFromString>) => { script: string; figures: Analysis['figures'] };
  beforeAll(async () => {
    const p = await makeProcessor('figures', {});
    figures = (s) => p(s) as { script: string; figures: Analysis['figures'] };
  });
  it.each(moreCorpus().map((a) => [a.name, a.text]))('%s: same figures', (name, text) => {
    const tw = toTraditional(text);
    const a = figures(sourceFromString(name, text, 'utf-8', 'text'));
    const b = figures(sourceFromString(name, tw, 'utf-8', 'text'));
    expect(b.script).toBe('hant');
    expect(b.figures.map(figureKey)).toEqual(a.figures.map(figureKey));
  });
});

describe('the Traditional articles of the corpus', () => {
  it.each(hantCorpus().map((a) => [a.name, a.text]))('%s: everything printed quotes the original', (name, text) => {
    const a = run(name, text);
    expect(a.script).toBe('hant');
    // a Simplified form of a changed character would show that something quotes the view
    const view = toSimplifiedAligned(text);
    const quotes = (s: string | null) => s === null || text.includes(s);
    for (const f of a.figures) {
      expect(f.text).toBe(sliceCodePoints(text, f.start, f.end));
      expect(quotes(f.sentence), f.sentence).toBe(true);
      // a label may join pieces of its clause; each character is the article's own
      for (const c of f.label ?? '') expect(text.includes(c), `${c} in ${f.label}`).toBe(true);
    }
    for (const s of [...a.summary, ...a.sections.flatMap((x) => x.summary)]) expect(s.text).toBe(sliceCodePoints(text, s.start, s.end));
    for (const s of a.sections) {
      expect(quotes(s.heading), String(s.heading)).toBe(true);
      expect(quotes(s.theme), String(s.theme)).toBe(true);
    }
    for (const k of [...a.keywords, ...a.sections.flatMap((x) => x.keywords)]) expect(quotes(k.word), k.word).toBe(true);
    for (const b of a.boilerplate) expect(b.text).toBe(sliceCodePoints(text, b.start, b.end));
    expect(quotes(a.meta.title)).toBe(true);
    expect(view).not.toBe(text);
  });

  it.each(hantCorpus().map((a) => [a.name, a.text]))('%s: `wenxi figures` quotes the original too', async (name, text) => {
    const p = await makeProcessor('figures', {});
    const r = p(sourceFromString(name, text, 'utf-8', 'text')) as { figures: Analysis['figures']; sectionHeadings: (string | null)[] };
    for (const h of r.sectionHeadings) expect(h === null || text.includes(h), String(h)).toBe(true);
    for (const f of r.figures) expect(text.includes(f.sentence)).toBe(true);
  });
});
