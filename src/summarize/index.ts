// Keywords (TF-IDF or TextRank, jieba's algorithms) and key sentences, computed
// from tokens segmented once by the pipeline with segment(text, { pos: true }).

import type { Keyword, SummarySentence, Token } from '../types.js';
import { rankSentences, type SentenceInput } from './sentences.js';
import { textrankKeywords } from './textrank.js';
import { rankInWindows } from './windows.js';
import { tfidfKeywords } from './tfidf.js';

export type { SentenceInput } from './sentences.js';
export type KeywordMethod = 'tfidf' | 'textrank';

const DEFAULT_TOP = 20;
const DEFAULT_MAX_SENTENCES = 3;

/** Top keywords of the tokens, heaviest first; ties in order of first occurrence. */
export function extractKeywords(tokens: Token[], opts: { method?: KeywordMethod; top?: number } = {}): Keyword[] {
  const top = opts.top ?? DEFAULT_TOP;
  return (opts.method ?? 'tfidf') === 'textrank' ? textrankKeywords(tokens, top) : tfidfKeywords(tokens, top);
}

/** The 1–`max` most central sentences (default 3), returned in text order. */
export function keySentences(sentences: SentenceInput[], opts: { max?: number } = {}): SummarySentence[] {
  return rankInWindows(sentences, opts.max ?? DEFAULT_MAX_SENTENCES, rankSentences);
}
