// Characters as PDF text layers give them → the characters the article was
// written in. Three producer habits: radical code points for ideographs
// (Chromium/Skia: ⼼ for 心), full-width ASCII from CID fonts (８６０ for 860), and
// spaces that layout put between Han and Latin/digits (LibreOffice: 投资 860 万元).
import { HANS_MARKERS, HANT_MARKERS, RADICAL_BY_SCRIPT } from './pdf-data.js';
import { RADICAL_TO_IDEOGRAPH } from './radicals-data.js';

export type Script = 'hans' | 'hant';

/** Simplified or Traditional, by the frequent characters that differ (for the radicals that depend on it). */
export function guessScript(s: string): Script {
  let hans = 0;
  let hant = 0;
  for (const ch of s) {
    if (HANS_MARKERS.includes(ch)) hans++;
    else if (HANT_MARKERS.includes(ch)) hant++;
  }
  return hant > hans ? 'hant' : 'hans';
}

let radicals: Map<number, string> | null = null;

function radicalMap(): Map<number, string> {
  radicals ??= new Map(RADICAL_TO_IDEOGRAPH.map(([from, to]) => [from, String.fromCodePoint(to)]));
  return radicals;
}

// NFKC turns the full-width ASCII block into ASCII, but the full-width forms
// Chinese text uses as its own punctuation stay (，（）：；！？～－ and the
// brackets): typed in Word they are written so, and 6%－6.5% keeps its dash.
const KEEP_FULL_WIDTH = new Set('！（），：；？～－［］｛｝'.split(''));

/**
 * Radicals → unified ideographs (Unicode's EquivalentUnifiedIdeograph table; NFKC
 * alone maps only the Kangxi block and misses ⺠ and its kin), then NFKC on
 * the full-width ASCII block and on compatibility ideographs only: NFKC on
 * everything would also flatten ① (a heading number), ㎡ (a unit) and … .
 */
export function normalizePdfChars(s: string, script: Script = 'hans'): string {
  let out = '';
  const map = radicalMap();
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const rad = cp >= 0x2e80 && cp <= 0x2fdf ? (RADICAL_BY_SCRIPT[cp]?.[script] ?? map.get(cp)) : undefined;
    if (rad) out += rad;
    else if (cp >= 0xff01 && cp <= 0xff5e && !KEEP_FULL_WIDTH.has(ch)) out += ch.normalize('NFKC');
    else if ((cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f)) out += ch.normalize('NFKC');
    else if (cp === 0xa0) out += ' ';
    else if (cp === 0xad) continue; // soft hyphen: a line-break opportunity, not text
    else out += ch;
  }
  return out;
}

const HAN = '\\p{Script=Han}';
// Han or the CJK punctuation that sits between Han
const CJK = `[${HAN}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u201c\\u201d\\u2018\\u2019]`;
const SPACE_AFTER_CJK = new RegExp(`(?<=${CJK})[ \\t]+(?=[0-9A-Za-z%.+\\-])`, 'gu');
const SPACE_BEFORE_CJK = new RegExp(`(?<=[0-9A-Za-z%.])[ \\t]+(?=${CJK})`, 'gu');

/** Drop the spaces a layout engine put between Han and Latin letters or digits. */
export function dropCjkLatinSpaces(line: string): string {
  return line.replace(SPACE_AFTER_CJK, '').replace(SPACE_BEFORE_CJK, '');
}

const CJK_CHAR = new RegExp(CJK, 'u');

/** Is this character one that joins without a space (Han, CJK punctuation)? */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch);
}
