// Which renderer a command's results use, by name, so a worker thread can
// format results itself and hand back text.
import type { TaskName } from '../../pipeline/tasks.js';
import type { Renderer } from '../writer.js';
import { analysisRenderer, sectionsRenderer } from './analysis.js';
import { figuresRenderer } from './figures.js';
import { keywordsRenderer } from './keywords.js';
import { segmentRenderer } from './segment.js';

export interface RenderOptions {
  delimiter?: string;
  pos?: boolean;
}

export function rendererFor(task: TaskName, opts: RenderOptions = {}): Renderer<any> {
  switch (task) {
    case 'segment':
      return segmentRenderer({ delimiter: opts.delimiter ?? ' ', pos: Boolean(opts.pos) });
    case 'figures':
      return figuresRenderer;
    case 'keywords':
      return keywordsRenderer;
    case 'sections':
      return sectionsRenderer;
    default:
      return analysisRenderer;
  }
}
