// The figures stage alone: raw text only, so `wenxi figures` never touches
// the segmenter.
import { buildArticle } from '../article/index.js';
import { extractFigures, type FigureFrame, type FigureOptions } from '../figures/index.js';
import { sectionFrames } from '../figures/refiners/frames.js';
import { FIGURE_CATEGORIES, type Article, type Figure, type Section, type SourceText } from '../types.js';

export const FIGURES_SCHEMA = 'wenxi.figures/1';

export interface FiguresResult {
  schema: typeof FIGURES_SCHEMA;
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
  const year = article.meta.date ? Number(article.meta.date.slice(0, 4)) : null;
  const frames: FigureFrame[] = sectionFrames(article.sections, year);
  const figures = extractFigures(article.source.text, {
    ...options,
    exclude: [...(options.exclude ?? []), ...article.boilerplate],
    frames: [...(options.frames ?? []), ...frames],
    year: options.year ?? year,
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
    schema: FIGURES_SCHEMA,
    path: source.path,
    encoding: source.encoding,
    script: source.script ?? 'hans',
    figures: articleFigures(article, options),
    sectionHeadings: article.sections.map((s) => s.heading),
  };
}


/**
 * `--min-value` and `--sort`: a view on the figures, which keep their
 * offsets and sections. Ties keep text order, so output is stable.
 */
export function selectFigures(
  r: FiguresResult,
  sort: 'position' | 'value' | 'category' | 'label' = 'position',
  minValue?: number,
): FiguresResult {
  let figures = minValue === undefined ? r.figures : r.figures.filter((f) => f.value >= minValue);
  const by: Record<string, ((a: Figure, b: Figure) => number) | null> = {
    position: null,
    value: (a, b) => b.value - a.value,
    category: (a, b) => FIGURE_CATEGORIES.indexOf(a.category) - FIGURE_CATEGORIES.indexOf(b.category),
    label: (a, b) => (a.label === null ? 1 : 0) - (b.label === null ? 1 : 0) || (a.label ?? '').localeCompare(b.label ?? '', 'zh'),
  };
  const cmp = by[sort];
  if (cmp) figures = figures.map((f, i) => ({ f, i })).sort((a, b) => cmp(a.f, b.f) || a.i - b.i).map((x) => x.f);
  return figures === r.figures ? r : { ...r, figures };
}
