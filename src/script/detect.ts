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

const FREQUENT = new Set(FREQUENT_HANT);
const HAN = /\p{Script=Han}/u;

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
  for (const c of text) {
    if (!HAN.test(c)) continue;
    han++;
    if (FREQUENT.has(c)) frequent++;
  }
  if (han === 0 || frequent < han * PREFILTER_SHARE) return { script: 'hans', share: null };
  const view = toSimplifiedAligned(text);
  let changed = 0;
  const a = [...text];
  const b = [...view];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed++;
  const share = changed / han;
  return share >= HANT_SHARE ? { script: 'hant', share, view } : { script: 'hans', share };
}
