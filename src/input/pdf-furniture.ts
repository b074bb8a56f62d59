// What a page carries besides its text: running headers and footers, page
// numbers, and footnotes at its foot.
import { FOOTNOTE_SIZE, FOOTNOTE_ZONE, MARGIN_ZONE, PAGE_NUMBER } from './pdf-data.js';
import type { Line, PdfPage } from './pdf-lines.js';

/**
 * Running headers and footers: lines in the top or bottom margin zone that are
 * page numbers, or whose text (digits aside) recurs in that zone on other pages.
 */
export function dropFurniture(perPage: Line[][], pages: PdfPage[]): void {
  const zoneOf = (l: Line, top: number, bottom: number): 'top' | 'bottom' | null => {
    const h = pages[l.page]!.height;
    if (l.y >= h * (1 - MARGIN_ZONE) && l.y === top) return 'top';
    if (l.y <= h * MARGIN_ZONE && l.y === bottom) return 'bottom';
    return null;
  };
  const key = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  const zoned = perPage.map((lines) => {
    const ys = lines.map((x) => x.y);
    const top = Math.max(...ys);
    const bottom = Math.min(...ys);
    return lines.map((l) => zoneOf(l, top, bottom));
  });
  perPage.forEach((lines, p) =>
    lines.forEach((l, i) => {
      const z = zoned[p]![i];
      if (!z) return;
      const k = `${z}:${key(l)}`;
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(p);
    }),
  );
  const recurring = (l: Line, z: string) => perPage.length >= 2 && seen.get(`${z}:${key(l)}`)!.size >= 2;
  perPage.forEach((lines, p) => {
    perPage[p] = lines.filter((l, i) => {
      const z = zoned[p]![i];
      if (!z) return true;
      return !(PAGE_NUMBER.some((re) => re.test(l.text)) || recurring(l, z));
    });
  });
}

/**
 * Small type at the foot of a page, after its body text, is footnotes: moved to
 * the end so the paragraph running over the page break stays whole.
 */
export function takeFootnotes(perPage: Line[][], pages: PdfPage[], bodySize: number): Line[] {
  const notes: Line[] = [];
  perPage.forEach((lines, p) => {
    let k = lines.length;
    const h = pages[p]!.height;
    while (k > 0 && lines[k - 1]!.size <= bodySize * FOOTNOTE_SIZE && lines[k - 1]!.y < h * FOOTNOTE_ZONE) k--;
    if (k > 0 && k < lines.length) {
      notes.push(...lines.slice(k));
      perPage[p] = lines.slice(0, k);
    }
  });
  return notes;
}
