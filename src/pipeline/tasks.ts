// What each command computes for one article, by name, so the same work can
// run in the main thread or in a worker: only names and plain options cross.
import type { FigureCategory, FigureStatus, SourceText, Token } from '../types.js';
import type { SegmentMode } from '../segment/index.js';
import type { KeywordMethod } from '../summarize/index.js';
import { figuresOf, selectFigures } from './figures-stage.js';

export type TaskName = 'segment' | 'figures' | 'sections' | 'keywords' | 'analyze' | 'stats';

export interface TaskOptions {
  mode?: SegmentMode;
  hmm?: boolean;
  pos?: boolean;
  userDicts?: string[];
  all?: boolean;
  categories?: FigureCategory[];
  status?: FigureStatus;
  explain?: boolean;
  top?: number;
  method?: KeywordMethod;
  /** figures: their order (default: position in the text) and a lower bound on value */
  sort?: FigureSort;
  minValue?: number;
}

export type FigureSort = 'position' | 'value' | 'category' | 'label';

export interface SegmentResult {
  path: string;
  encoding: string;
  text: string;
  tokens: Token[];
}

/** Tasks that need the segmenter (and so its dictionary) in the process that runs them. */
export function taskSegments(name: TaskName): boolean {
  return name !== 'figures';
}

export async function makeProcessor(name: TaskName, opts: TaskOptions): Promise<(s: SourceText) => unknown> {
  if (taskSegments(name)) {
    // Loaded only here: `wenxi figures` never imports the segmenter's dictionary.
    const seg = await import('../segment/index.js');
    seg.configureSegmenter({ userDicts: opts.userDicts ?? [] });
    if (name === 'segment') {
      return (s): SegmentResult => ({
        path: s.path,
        encoding: s.encoding,
        text: s.text,
        tokens: seg.segment(s.text, { mode: opts.mode, hmm: opts.hmm, pos: opts.pos }),
      });
    }
  }
  const figureOpts = { all: opts.all, categories: opts.categories, status: opts.status, explain: opts.explain };
  if (name === 'figures') return (s) => selectFigures(figuresOf(s, figureOpts), opts.sort, opts.minValue);
  const { analyzeSource, keywordsOf } = await import('./analysis.js');
  switch (name) {
    case 'keywords':
      return (s) => keywordsOf(s, opts.method ?? 'tfidf', opts.top ?? 20);
    default:
      return (s) => analyzeSource(s, { figures: figureOpts, top: opts.top, method: opts.method });
  }
}
