// Which script an input is written in: the share of its Han characters that a
// Traditional → Simplified conversion changes — 0 on Simplified text, 0.3–0.4
// on Traditional news. A cheap look at the most frequent Traditional-only
// characters settles a Simplified text before OpenCC is ever loaded.
import { FREQUENT_HANT } from './data/frequent-hant.js';
import { toSimplifiedAligned } from './opencc.js';

export type Script = 'hans' | 'hant';

/** a text is Traditional when at least this share of its Han characters change */
export const HANT_SHARE = 0.1;
/** below this share of frequent Traditional characters, OpenCC is not worth loading */
const PREFILTER_SHARE = 0.02;

/** FREQUENT_HANT as a table over UTF-16 units (all of them are in the BMP) */
const FREQUENT = new Uint8Array(0x10000);
for (let i = 0; i < FREQUENT_HANT.length; i++) FREQUENT[FREQUENT_HANT.charCodeAt(i)] = 1;

/** a BMP Han character: CJK unified ideographs, extension A, compatibility ideographs */
const isHanUnit = (u: number) => (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff);

export interface Detection {
  script: Script;
  /** share of Han characters the conversion changes (null when settled by the prefilter) */
  share: number | null;
  /** the Simplified view, when it was computed to measure the share */
  view?: string;
}

export function detectScript(text: string): Detection {
  let han = 0;
  let frequent = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (isHanUnit(u)) {
      han++;
      frequent += FREQUENT[u]!;
    } else if (u >= 0xd840 && u <= 0xd8bf) {
      // planes 2 and 3 (CJK extensions B–H): Han, never among the frequent ones
      han++;
      i++;
    }
  }
  if (han === 0 || frequent < han * PREFILTER_SHARE) return { script: 'hans', share: null };
  const view = toSimplifiedAligned(text);
  // the view has the text's shape, so UTF-16 units line up
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      // a surrogate pair is one character: changed if either half is
      if (u !== view.charCodeAt(i) || text.charCodeAt(i + 1) !== view.charCodeAt(i + 1)) changed++;
      i++;
    } else if (u !== view.charCodeAt(i)) changed++;
  }
  const share = changed / han;
  return share >= HANT_SHARE ? { script: 'hant', share, view } : { script: 'hans', share };
}
