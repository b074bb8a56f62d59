// The figures stage alone: raw text only, so `wenxi figures` never touches
// the segmenter.
import { buildArticle } from '../article/index.js';
import { extractFigures, type FigureOptions } from '../figures/index.js';
import type { Article, Figure, Section, SourceText } from '../types.js';

export interface FiguresResult {
  path: string;
  encoding: string;
  /** the script the input is written in */
  script: 'hans' | 'hant';
  figures: Figure[];
  /** headings by section index, for readers that show where a figure stands */
  sectionHeadings: (string | null)[];
}

/** Figures of an article's body, each placed in its innermost section. */
export function articleFigures(article: Article, options: FigureOptions = {}): Figure[] {
  const figures = extractFigures(article.source.text, {
    ...options,
    exclude: [...(options.exclude ?? []), ...article.boilerplate],
  });
  for (const f of figures) f.section = innermostSection(article.sections, f.start);
  return figures;
}

export function innermostSection(sections: Section[], offset: number): number | null {
  let found: number | null = null;
  for (const s of sections) {
    if (s.start <= offset && offset < s.end && (found === null || s.level >= sections[found]!.level)) found = s.index;
  }
  return found;
}

export function figuresOf(source: SourceText, options: FigureOptions = {}): FiguresResult {
  const article = buildArticle(source);
  return {
    path: source.path,
    encoding: source.encoding,
    script: source.script ?? 'hans',
    figures: articleFigures(article, options),
    sectionHeadings: article.sections.map((s) => s.heading),
  };
}

