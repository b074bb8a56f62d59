// What each command computes for one article, by name, so the same work can
// run in the main thread or in a worker: only names and plain options cross.
import type { FigureCategory, FigureStatus, SourceText, Token } from '../types.js';
import type { SegmentMode } from '../segment/index.js';
import type { KeywordMethod } from '../summarize/index.js';
import { figuresOf, selectFigures } from './figures-stage.js';
import { prepareSource, type Script } from '../script/index.js';

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
  /** --script: the script of every input, instead of detecting it */
  script?: Script;
}

export type FigureSort = 'position' | 'value' | 'category' | 'label';

export interface SegmentResult {
  path: string;
  encoding: string;
  script: Script;
  text: string;
  tokens: Token[];
}

/** Tasks that need the segmenter (and so its dictionary) in the process that runs them. */
export function taskSegments(name: TaskName): boolean {
  return name !== 'figures';
}

/**
 * Every command's stages read the text through prepareSource — a Traditional
 * input as its Simplified view — and every result is given back quoting the
 * original: the one place the script is looked at.
 */
export async function makeProcessor(name: TaskName, opts: TaskOptions): Promise<(s: SourceText) => unknown> {
  const stages = await makeStages(name, opts);
  return (s) => {
    const prepared = prepareSource(s, opts.script);
    return prepared.restore(stages(prepared.source));
  };
}

async function makeStages(name: TaskName, opts: TaskOptions): Promise<(s: SourceText) => unknown> {
  if (taskSegments(name)) {
    // Loaded only here: `wenxi figures` never imports the segmenter's dictionary.
    const seg = await import('../segment/index.js');
    seg.configureSegmenter({ userDicts: opts.userDicts ?? [] });
    if (name === 'segment') {
      return (s): SegmentResult => ({
        path: s.path,
        encoding: s.encoding,
        script: s.script ?? 'hans',
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
