// The one place a Traditional text becomes what the stages read: its
// Simplified view, with the same offsets. Segmentation, figures, headings,
// metadata patterns, stop words and IDF all work on Simplified text; what they
// quote is given back from the original (see restore.ts).
import type { SourceText } from '../types.js';
import { detectScript, type Script } from './detect.js';
import { toSimplifiedAligned } from './opencc.js';
import { Restorer } from './restore.js';

export { detectScript, HANT_SHARE, type Script, type Detection } from './detect.js';
export { toSimplifiedAligned, isOpenCCLoaded } from './opencc.js';
export { Restorer } from './restore.js';

export interface Prepared {
  /** what the stages read: the source itself, or its Simplified view */
  source: SourceText;
  /** results of the stages → results quoting the original */
  restore<T>(value: T): T;
}

/** `forced`: --script; otherwise the script is detected from the text. */
export function prepareSource(source: SourceText, forced?: Script): Prepared {
  const detection = forced ? { script: forced, view: undefined } : detectScript(source.text);
  if (detection.script === 'hans') return { source: { ...source, script: 'hans' }, restore: (v) => v };
  const view = detection.view ?? toSimplifiedAligned(source.text);
  if (view.length !== source.text.length) throw new Error('internal: the Simplified view changed the text length');
  const restorer = new Restorer(source.text, view);
  return {
    source: { ...source, script: 'hant', text: view, original: source.text },
    restore: (v) => restorer.restore(v),
  };
}
