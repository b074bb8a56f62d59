// Which currency a money figure is in when the number itself does not say:
// the currency word before it (新台币3000元, 澳门币500元), a "下同" note
// ((港币，下同) sets every amount after it, and the one it follows), and a bare
// $ in a Hong Kong text (the Hong Kong dollar). Currencies stay as written;
// only the yuan that stood for them changes.
import type { Candidate } from '../candidate.js';
import {
  DOLLAR_SIGNS,
  HONG_KONG_MIN_MENTIONS,
  HONG_KONG_NAMES,
  REGIONAL_CURRENCIES,
  SAME_BELOW,
  SAME_BELOW_REACH,
} from '../data/currencies.js';

const WORDS = Object.keys(REGIONAL_CURRENCIES).sort((a, b) => b.length - a.length);

function wordBefore(text: string, at: number): string | null {
  for (const w of WORDS) if (text.startsWith(w, at - w.length)) return REGIONAL_CURRENCIES[w]!;
  return null;
}

function isHongKongText(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(HONG_KONG_NAMES)) if (++n >= HONG_KONG_MIN_MENTIONS) return true;
  return false;
}

/** what holds for the whole text: its "下同" notes, and whether it is a Hong Kong text (read once, when first needed) */
export interface CurrencyContext {
  notes: { at: number; currency: string }[];
  hongKong: boolean | null;
}

export function currencyContext(text: string): CurrencyContext {
  // every note holds 下同: a plain search says most texts have none, several times faster than the regex's scan
  if (!text.includes('下同')) return { notes: [], hongKong: null };
  return { notes: [...text.matchAll(SAME_BELOW)].map((m) => ({ at: m.index!, currency: REGIONAL_CURRENCIES[m[1]!]! })), hongKong: null };
}

/** candidates are in text order (UTF-16 spans); `doc` is shared by the parts of one text refined apart */
export function refineCurrency(text: string, cands: Candidate[], doc: CurrencyContext = currencyContext(text)): void {
  const notes = doc.notes;
  let k = 0; // notes before the candidate
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.category !== 'money') continue;
    while (k < notes.length && notes[k]!.at < c.start) k++;
    const dollar = DOLLAR_SIGNS.has(text[c.start] ?? '');
    const yuan = c.unit === '元' && !dollar;
    if (!yuan && !dollar) continue;
    const written = yuan ? wordBefore(text, c.start) : null;
    if (written) {
      c.unit = written;
      continue;
    }
    // the note right after this amount, else the last note before it
    const next = notes[k];
    if (next && next.at - c.end >= 0 && next.at - c.end <= SAME_BELOW_REACH && !/[。；;\n]/.test(text.slice(c.end, next.at))) {
      c.unit = next.currency;
      continue;
    }
    if (k > 0) {
      c.unit = notes[k - 1]!.currency;
      continue;
    }
    if (dollar && (doc.hongKong ??= isHongKongText(text))) c.unit = '港元';
  }
}
