// Which renderer a command's results use, by name, so a worker thread can
// format results itself and hand back text. Each command loads its own
// renderer only: `wenxi figures` never compiles the analysis tables.
import type { TaskName } from '../../pipeline/tasks.js';
import type { Renderer } from '../writer.js';

export interface RenderOptions {
  delimiter?: string;
  pos?: boolean;
}

export async function loadRenderer(task: TaskName, opts: RenderOptions = {}): Promise<Renderer<any>> {
  switch (task) {
    case 'segment':
      return (await import('./segment.js')).segmentRenderer({ delimiter: opts.delimiter ?? ' ', pos: Boolean(opts.pos) });
    case 'figures':
      return (await import('./figures.js')).figuresRenderer;
    case 'keywords':
      return (await import('./keywords.js')).keywordsRenderer;
    case 'sections':
      return (await import('./analysis.js')).sectionsRenderer;
    default:
      return (await import('./analysis.js')).analysisRenderer;
  }
}
