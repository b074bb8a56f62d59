// Page markers that news sites glue into the text (［提要］ ［详细］ ［我来说两句］).
import type { BoilerplateKind } from '../types.js';
import type { RawSpan } from '../text/sentences.js';
import { PAGE_MARKERS } from './data/structure.js';

export interface RawParagraph extends RawSpan {
  /** index into lines; the paragraph may be only part of it */
  line: number;
  whole: boolean;
}

/**
 * News sites glue page markers into the text (［提要］ ［详细］ ［我来说两句］):
 * they are page furniture, and the text around them reads as separate paragraphs.
 */
export function cutPageMarkers(text: string, p: RawParagraph, furniture: Array<RawSpan & { kind: BoilerplateKind }>): RawParagraph[] {
  const slice = text.slice(p.start, p.end);
  if (!slice.includes('［') && !slice.includes('[') && !slice.includes('【')) return [p];
  const out: RawParagraph[] = [];
  let from = p.start;
  PAGE_MARKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  const piece = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, line: p.line, whole: false });
  };
  while ((m = PAGE_MARKERS.exec(slice))) {
    const at = p.start + m.index;
    piece(from, at);
    furniture.push({ start: at, end: at + m[0].length, kind: 'footer' });
    from = at + m[0].length;
  }
  if (from === p.start) return [p];
  piece(from, p.end);
  return out;
}
