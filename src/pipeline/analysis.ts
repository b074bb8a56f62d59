// The stages a command chooses from, composed in one direction:
// source → article → (tokens) → figures / sections → result.
// Figures, metadata and sections read the raw text; only keywords and
// summaries segment, once per article, sharing the tokens.
import { buildArticle } from '../article/index.js';
import type { FigureOptions } from '../figures/index.js';
import { articleFigures } from './figures-stage.js';
import { segment } from '../segment/index.js';
import { codePointLength, codePointPrefix } from '../text/codepoints.js';
import { isCandidate } from '../summarize/candidates.js';
import { extractKeywords, keySentences, type KeywordMethod, type SentenceInput } from '../summarize/index.js';
import { newsLead } from '../summarize/selection.js';
import { bodyWords, sentenceBag, type BodyWords } from './body-words.js';
import { countIds, mergeIds, rankIds, type IdCounts } from './body-terms.js';
import type {
  Article,
  ArticleMeta,
  Boilerplate,
  Figure,
  Section,
  Span,
  Keyword,
  SourceText,
  SummarySentence,
  Token,
} from '../types.js';

export const ANALYSIS_SCHEMA = 'wenxi.analysis/2';

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
  /** the script the input is written in; quoted text is always in it */
  script: 'hans' | 'hant';
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

/**
 * Segment the article's body once, paragraph by paragraph (one native call per
 * line is much cheaper than one per sentence), and hand each sentence its
 * tokens. Tokens carry offsets into the whole text.
 */
export function bodyTokens(article: Article, opts: { minLength?: number } = {}): Token[][] {
  const out: Token[][] = article.sentences.map(() => []);
  let k = 0;
  for (const p of article.paragraphs) {
    while (k < article.sentences.length && article.sentences[k]!.end <= p.start) k++;
    if (k >= article.sentences.length || article.sentences[k]!.start >= p.end) continue;
    for (const t of segment(p.text, { pos: true, minLength: opts.minLength })) {
      const start = t.start + p.start;
      while (k < article.sentences.length && article.sentences[k]!.end <= start) k++;
      const s = article.sentences[k];
      if (!s || start < s.start || start >= p.end) continue; // between sentences (blank) or past the body
      t.start = start;
      t.end += p.start;
      out[k]!.push(t);
    }
  }
  return out;
}

/** The headline's words: they say what the article is about, so article keywords count them. */
function titleTokens(article: Article): Token[] {
  const t = article.meta.title;
  return t ? segment(t, { pos: true }) : [];
}

export function analyzeSource(source: SourceText, options: AnalyzeOptions = {}): Analysis {
  const article = buildArticle(source);
  const figures = articleFigures(article, options.figures);
  const method = options.method ?? 'tfidf';
  const perSentence = countFiguresPerSentence(article.sentences, figures);
  const inTable = sentencesInSpans(article.sentences, article.tables ?? []);
  const top = options.top ?? 10;
  const sectionTop = options.sectionTop ?? 8;
  const words = method === 'textrank' ? textrankWords(article, top, sectionTop) : tfidfWords(article, top, sectionTop);
  const sentenceInputs: SentenceInput[] = article.sentences.map((s, i) => ({
    text: s.text,
    start: s.start,
    end: s.end,
    // a table row is no summary sentence: without content words it is never picked
    tokens: inTable[i] ? undefined : words.tokens?.(i),
    bag: inTable[i] ? NO_WORDS : words.bag?.(i),
    figures: perSentence[i]!,
    table: inTable[i]!,
  }));
  const summaries = sectionSummaries(article.sections, sentenceInputs);
  const keywords = words.keywords;
  const figuresBySection = article.sections.map((): number[] => []);
  figures.forEach((f, i) => {
    if (f.section !== null) figuresBySection[f.section]?.push(i);
  });

  const sections: SectionResult[] = article.sections.map((sec) => ({
    index: sec.index,
    level: sec.level,
    parent: sec.parent,
    heading: sec.heading,
    theme: sec.theme,
    start: sec.start,
    end: sec.end,
    summary: summaries[sec.index]!,
    keywords: keywords.sections[sec.index]!,
    figures: figuresBySection[sec.index]!,
  }));

  return {
    schema: ANALYSIS_SCHEMA,
    path: source.path,
    encoding: source.encoding,
    format: source.format,
    script: source.script ?? 'hans',
    meta: article.meta,
    stats: {
      characters: codePointLength(source.text),
      paragraphs: article.paragraphs.length,
      sentences: article.sentences.length,
    },
    sections,
    figures,
    keywords: keywords.article,
    summary: articleSummary(sections, sentenceInputs, article.meta.title),
    boilerplate: article.boilerplate,
  };
}

/** What the summaries and keywords need of the body's words. */
interface WordsStage {
  /** sentence i's words for its SentenceInput: ids or tokens */
  bag?(i: number): SentenceInput['bag'];
  tokens?(i: number): Token[];
  keywords: { article: Keyword[]; sections: Keyword[][] };
}

const NO_WORDS = new Int32Array(0);

/** TF-IDF (the default): from word ids per sentence, no Token kept (body-words.ts). */
function tfidfWords(article: Article, top: number, sectionTop: number): WordsStage {
  const bw = bodyWords(article);
  return {
    bag: (i) => sentenceBag(bw, i),
    keywords: tfidfKeywordsOf(article, bw, top, sectionTop),
  };
}

/** TextRank keywords need every word in order (its window counts them all): tokens kept. */
function textrankWords(article: Article, top: number, sectionTop: number): WordsStage {
  const all = bodyTokens(article, { minLength: 1 });
  // Sentence similarity sees content words only, and no single character is one.
  const content = all.map((ts) => ts.filter((t) => isCandidate(t)));
  const allTokens = titleTokens(article);
  for (const ts of all) for (const t of ts) allTokens.push(t);
  return {
    tokens: (i) => content[i]!,
    keywords: textrankKeywordsOf(article, allTokens, all, top, sectionTop),
  };
}

/** For each sentence (in text order), does it lie in one of the spans (in text order)? */
function sentencesInSpans(sentences: Span[], spans: Span[]): boolean[] {
  let k = 0;
  return sentences.map((s) => {
    while (k < spans.length && spans[k]!.end <= s.start) k++;
    const t = spans[k];
    return t !== undefined && s.start >= t.start && s.end <= t.end;
  });
}

function countFiguresPerSentence(sentences: Span[], figures: Figure[]): number[] {
  const counts = sentences.map(() => 0);
  let i = 0;
  for (const f of figures) {
    while (i < sentences.length && sentences[i]!.end <= f.start) i++;
    if (i < sentences.length && sentences[i]!.start <= f.start) counts[i]!++;
  }
  return counts;
}

/**
 * Keywords of the article (headline included) and of each section. One
 * section over the whole body (most news items) has the article's keywords:
 * ranked once, cut twice.
 */
function wholeBody(article: Article): boolean {
  return article.sections.length === 1 && article.sections[0]!.sentences.length === article.sentences.length;
}

function textrankKeywordsOf(
  article: Article,
  allTokens: Token[],
  tokens: Token[][],
  top: number,
  sectionTop: number,
): { article: Keyword[]; sections: Keyword[][] } {
  const method = 'textrank';
  if (wholeBody(article)) {
    const kw = extractKeywords(allTokens, { method, top: Math.max(top, sectionTop) });
    return { article: kw.slice(0, top), sections: [kw.slice(0, sectionTop)] };
  }
  return {
    article: extractKeywords(allTokens, { method, top }),
    sections: article.sections.map((sec) => extractKeywords(sec.sentences.flatMap((i) => tokens[i]!), { method, top: sectionTop })),
  };
}

function tfidfKeywordsOf(article: Article, bw: BodyWords, top: number, sectionTop: number): { article: Keyword[]; sections: Keyword[][] } {
  const counts = countIds(bw, article.sentences.keys(), { title: true });
  if (wholeBody(article)) {
    const kw = rankIds(bw, counts, Math.max(top, sectionTop));
    return { article: kw.slice(0, top), sections: [kw.slice(0, sectionTop)] };
  }
  return { article: rankIds(bw, counts, top), sections: tfidfBySection(article.sections, bw, sectionTop, counts) };
}

/**
 * TF-IDF keywords of every section from one count of each sentence: a
 * section's counts are its own sentences' plus its subsections', summed up the
 * tree instead of recounted at every level of a long report.
 */
function tfidfBySection(sections: Section[], bw: BodyWords, top: number, article: IdCounts): Keyword[][] {
  const counts: IdCounts[] = [];
  const out: Keyword[][] = [];
  const children = childrenOf(sections);
  for (let k = sections.length - 1; k >= 0; k--) {
    const sec = sections[k]!;
    const kids = children[k]!;
    const inChild = new Set(kids.flatMap((c) => sections[c]!.sentences));
    const own = countIds(bw, sec.sentences.filter((i) => !inChild.has(i)));
    counts[k] = kids.length ? mergeIds(bw, [own, ...kids.map((c) => counts[c]!)]) : own;
    out[k] = rankIds(bw, counts[k]!, top, article);
  }
  return out;
}

/** Each section's direct subsections (their indices), in order. */
function childrenOf(sections: Section[]): number[][] {
  const out = sections.map((): number[] => []);
  for (const s of sections) if (s.parent !== null) out[s.parent]?.push(s.index);
  return out;
}

/**
 * Key sentences bottom-up: a section with subsections chooses among its own
 * sentences outside them and its subsections' key sentences. Every section
 * gets whole sentences of its own range, and the sentence graph stays small on
 * a long report (ranking all 600 sentences of a work report at once costs
 * several times its segmentation).
 */
function sectionSummaries(sections: Section[], inputs: SentenceInput[]): SummarySentence[][] {
  const out: SummarySentence[][] = sections.map(() => []);
  const formula = formulaSentences(sections, inputs);
  const pick = (xs: SentenceInput[]) => {
    const fresh = xs.filter((x) => !formula.has(x.start));
    return keySentences(fresh.length >= 2 ? fresh : xs, { max: 3 });
  };
  const byStart = new Map(inputs.map((s) => [s.start, s]));
  const childIndices = childrenOf(sections);
  for (let k = sections.length - 1; k >= 0; k--) {
    const sec = sections[k]!;
    const children = childIndices[k]!.map((c) => sections[c]!);
    let candidates: SentenceInput[];
    if (children.length === 0) candidates = sec.sentences.map((i) => inputs[i]!);
    else {
      const inChild = (x: Span) => children.some((c) => x.start >= c.start && x.start < c.end);
      candidates = sec.sentences.map((i) => inputs[i]!).filter((x) => !inChild(x));
      // a parent is not its children repeated: it hears each child's best sentence once
      for (const c of children) {
        const best = bestOf(out[c.index]!);
        if (best) candidates.push(byStart.get(best.start)!);
      }
      candidates.sort((a, b) => a.start - b.start);
    }
    out[k] = pick(candidates);
  }
  return out;
}

function bestOf(xs: SummarySentence[]): SummarySentence | undefined {
  let best: SummarySentence | undefined;
  for (const x of xs) if (!best || x.score > best.score) best = x;
  return best;
}

/** How many leading characters make two sentences "open the same way". */
const FORMULA_PREFIX = 10;

/**
 * Parallel sections often open with the same formula (“不忘初心、牢记使命”主题
 * 教育开展以来，…): sentences whose opening recurs in three or more sections say
 * nothing about any one of them, so summaries pass over them when they can.
 */
function formulaSentences(sections: Section[], inputs: SentenceInput[]): Set<number> {
  const where = new Map<string, Set<number>>();
  const key = (x: SentenceInput) => codePointPrefix(x.text, FORMULA_PREFIX);
  for (const sec of sections) {
    if (sec.parent !== null) continue;
    for (const i of sec.sentences) {
      const x = inputs[i]!;
      if (codePointLength(x.text) < FORMULA_PREFIX * 2) continue;
      const k = key(x);
      let set = where.get(k);
      if (!set) where.set(k, (set = new Set()));
      set.add(sec.index);
    }
  }
  const out = new Set<number>();
  for (const x of inputs) if ((where.get(key(x))?.size ?? 0) >= 3) out.add(x.start);
  return out;
}

/**
 * The article's key sentences, chosen among its sections' key sentences: the
 * sentence graph stays small on a long report (ranking all 600 sentences of a
 * work report costs five times its segmentation) and every section gets a say.
 */
function articleSummary(sections: SectionResult[], inputs: SentenceInput[], title: string | null): SummarySentence[] {
  const lead = newsLead(sections, inputs, title);
  if (lead) return lead;
  const byStart = new Map(inputs.map((s) => [s.start, s]));
  const seen = new Set<number>();
  const candidates: SentenceInput[] = [];
  for (const sec of sections) {
    if (sec.parent !== null) continue;
    for (const x of sec.summary) {
      if (seen.has(x.start)) continue;
      seen.add(x.start);
      const input = byStart.get(x.start);
      if (input) candidates.push(input);
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  return keySentences(candidates.length ? candidates : inputs, { max: 3 });
}

export interface KeywordsResult {
  path: string;
  encoding: string;
  script: 'hans' | 'hant';
  method: KeywordMethod;
  keywords: Keyword[];
}

export function keywordsOf(source: SourceText, method: KeywordMethod, top: number): KeywordsResult {
  const article = buildArticle(source);
  return {
    path: source.path,
    encoding: source.encoding,
    script: source.script ?? 'hans',
    method,
    keywords: extractKeywords([...titleTokens(article), ...bodyTokens(article).flat()], { method, top }),
  };
}
