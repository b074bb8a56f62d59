// The text as trimmed lines with UTF-16 spans: every later stage classifies
// lines, and a paragraph of Chinese news is one line.

export interface Line {
  /** 0-based line number (as in SourceText.headingLines) */
  no: number;
  /** trimmed span, UTF-16 */
  start: number;
  end: number;
  text: string;
}

const SPACE = /\s/;

/** Non-blank lines of the text, trimmed. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let no = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) out.push({ no, start: s, end: e, text: text.slice(s, e) });
    no++;
    pos = nl + 1;
  }
  return out;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Number of Han characters (BMP) in a string. */
export function hanCount(s: string): number {
  let n = 0;
  for (const ch of s) if (HAN.test(ch)) n++;
  return n;
}

/** Length in code points. */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
