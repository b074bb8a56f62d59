// Overlapping candidates: the longer span wins (3至5亿元 over 5亿元), ties go
// to the earlier extractor. Date and time candidates win like any other and are
// dropped afterwards, so 2019年 also hides the bare 2019.
import type { Candidate } from '../candidate.js';

export function removeOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands
    .map((c, i) => ({ c, i }))
    .sort((x, y) => x.c.start - y.c.start || y.c.end - y.c.start - (x.c.end - x.c.start) || x.i - y.i);
  const kept: Candidate[] = [];
  for (const { c } of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept.filter((c) => c.kind !== 'time');
}
