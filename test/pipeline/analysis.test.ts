// Keywords over real articles: per-section TF-IDF summed up the section tree
// must rank as counting each section whole, and HMM fragments seen once in
// an article are no keywords anywhere in it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource, bodyTokens } from '../../src/pipeline/analysis.js';
import { buildArticle } from '../../src/article/index.js';
import { sourceFromString } from '../../src/input/source.js';
import { segment } from '../../src/segment/index.js';
import { isCandidate } from '../../src/summarize/candidates.js';
import { countTerms, rankTerms } from '../../src/summarize/tfidf.js';
import { corpusDir, referencePath } from '../paths.js';

const files = [referencePath, ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f))];
const load = (path: string) => sourceFromString(path, readFileSync(path, 'utf8'), 'utf-8', 'text');

describe('analysis keywords on the corpus', () => {
  it('a section ranks as if its own sentences were counted whole', () => {
    let multiLevel = 0;
    for (const path of files) {
      const source = load(path);
      const a = analyzeSource(source);
      if (a.sections.length < 2) continue;
      const article = buildArticle(source);
      const content = bodyTokens(article).map((ts) => ts.filter((t) => isCandidate(t)));
      const all = countTerms([...segment(article.meta.title ?? '', { pos: true }).filter((t) => isCandidate(t)), ...content.flat()], { candidates: true });
      for (const sec of article.sections) {
        if (sec.parent !== null) multiLevel++;
        const direct = rankTerms(countTerms(sec.sentences.flatMap((i) => content[i]!), { candidates: true }), 8, all);
        expect(a.sections[sec.index]!.keywords).toEqual(direct);
      }
    }
    expect(multiLevel).toBeGreaterThan(5); // the work report nests sections
  });

  it('no keyword is a word the dictionary does not know that the article has only once', () => {
    for (const path of files) {
      const source = load(path);
      const a = analyzeSource(source);
      const tokens = segment(source.text, { pos: true });
      const once = new Set<string>();
      const seen = new Map<string, number>();
      for (const t of tokens) seen.set(t.word, (seen.get(t.word) ?? 0) + 1);
      for (const t of tokens) if (t.tag === 'x' && seen.get(t.word) === 1) once.add(t.word);
      const words = [...a.keywords, ...a.sections.flatMap((s) => s.keywords)].map((k) => k.word);
      for (const w of words) expect(once.has(w), `${path}: ${w}`).toBe(false);
    }
  });

  it('key sentences are the same from word ids (TF-IDF runs) as from tokens (TextRank runs)', () => {
    // Both methods rank sentences on the same content words; only the
    // keywords differ. TF-IDF hands the ranker id bags, TextRank tokens.
    let sentences = 0;
    for (const path of files) {
      const source = load(path);
      const byIds = analyzeSource(source);
      const byTokens = analyzeSource(source, { method: 'textrank' });
      expect(byIds.summary).toEqual(byTokens.summary);
      expect(byIds.sections.map((s) => s.summary)).toEqual(byTokens.sections.map((s) => s.summary));
      sentences += byIds.summary.length;
    }
    expect(sentences).toBeGreaterThan(files.length);
  });
});
