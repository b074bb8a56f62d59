// The stages a command chooses from, composed in one direction:
// source → article → (tokens) → figures / sections → result.
// Figures, metadata and sections read the raw text; only keywords and
// summaries segment, once per article, sharing the tokens.
import { buildArticle } from '../article/index.js';
import type { FigureOptions } from '../figures/index.js';
import { articleFigures } from './figures-stage.js';
import { segment } from '../segment/index.js';
import { extractKeywords, keySentences, type KeywordMethod } from '../summarize/index.js';
import type {
  Article,
  ArticleMeta,
  Boilerplate,
  Figure,
  Keyword,
  SourceText,
  SummarySentence,
  Token,
} from '../types.js';

export const ANALYSIS_SCHEMA = 'wenxi.analysis/1';

export interface SectionResult {
  index: number;
  level: number;
  parent: number | null;
  heading: string | null;
  theme: string | null;
  start: number;
  end: number;
  summary: SummarySentence[];
  keywords: Keyword[];
  /** indices into the analysis' figures array */
  figures: number[];
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  path: string;
  encoding: string;
  format: SourceText['format'];
  meta: ArticleMeta;
  stats: { characters: number; paragraphs: number; sentences: number };
  sections: SectionResult[];
  figures: Figure[];
  keywords: Keyword[];
  summary: SummarySentence[];
  boilerplate: Boilerplate[];
}

export interface AnalyzeOptions {
  figures?: FigureOptions;
  /** keywords per article */
  top?: number;
  /** keywords per section */
  sectionTop?: number;
  method?: KeywordMethod;
}

/** Segment the article's body sentences once; tokens carry offsets into the whole text. */
export function bodyTokens(article: Article): Token[][] {
  return article.sentences.map((s) =>
    segment(s.text, { pos: true }).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })),
  );
}

export function analyzeSource(source: SourceText, options: AnalyzeOptions = {}): Analysis {
  const article = buildArticle(source);
  const figures = articleFigures(article, options.figures);
  const tokens = bodyTokens(article);
  const method = options.method ?? 'tfidf';

  const figuresIn = (start: number, end: number) => figures.filter((f) => f.start >= start && f.start < end).length;
  const sentenceInputs = article.sentences.map((s, i) => ({
    text: s.text,
    start: s.start,
    end: s.end,
    tokens: tokens[i]!,
    figures: figuresIn(s.start, s.end),
  }));
  const allTokens = tokens.flat();

  const sections: SectionResult[] = article.sections.map((sec) => {
    const own = sec.sentences.map((i) => sentenceInputs[i]!);
    return {
      index: sec.index,
      level: sec.level,
      parent: sec.parent,
      heading: sec.heading,
      theme: sec.theme,
      start: sec.start,
      end: sec.end,
      summary: keySentences(own, { max: 3 }),
      keywords: extractKeywords(
        own.flatMap((s) => s.tokens),
        { method, top: options.sectionTop ?? 8 },
      ),
      figures: figures.flatMap((f, i) => (f.section === sec.index ? [i] : [])),
    };
  });

  return {
    schema: ANALYSIS_SCHEMA,
    path: source.path,
    encoding: source.encoding,
    format: source.format,
    meta: article.meta,
    stats: {
      characters: [...source.text].length,
      paragraphs: article.paragraphs.length,
      sentences: article.sentences.length,
    },
    sections,
    figures,
    keywords: extractKeywords(allTokens, { method, top: options.top ?? 10 }),
    summary: keySentences(sentenceInputs, { max: 3 }),
    boilerplate: article.boilerplate,
  };
}

export interface KeywordsResult {
  path: string;
  encoding: string;
  method: KeywordMethod;
  keywords: Keyword[];
}

export function keywordsOf(source: SourceText, method: KeywordMethod, top: number): KeywordsResult {
  const article = buildArticle(source);
  return {
    path: source.path,
    encoding: source.encoding,
    method,
    keywords: extractKeywords(bodyTokens(article).flat(), { method, top }),
  };
}
