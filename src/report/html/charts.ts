// Horizontal bar charts as inline SVG, drawn here: a few rectangles and
// texts need no library, weigh a few hundred bytes a chart, render without
// JavaScript and print as they are. Every bar has its number written beside
// it, so a chart reads the same in grey scale.
import { esc, token } from './escape.js';

export interface Bar {
  label: string;
  value: number;
  /** the number as written on the bar */
  display: string;
  /** a category class, for colour (the label says the same in words) */
  kind?: string;
  /** where the bar leads: an anchor in the page, e.g. the figure's mark */
  href?: string;
}

const WIDTH = 640;
const LABEL_W = 190;
const VALUE_W = 130;
const ROW = 24;
const BAR_H = 16;
const FONT = 12;

/** Wide characters (CJK, Hangul, full-width forms, the supplementary ideographic planes): square at 12 px. */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

const charWidth = (c: number) => (isWide(c) ? FONT : FONT * 0.6);

/** Rough width of text in px at 12 px: CJK and full-width forms are square, the rest about half. */
function textWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    w += charWidth(c);
  }
  return w;
}

export function fitText(s: string, px: number): string {
  if (textWidth(s) <= px) return s;
  let w = textWidth('…');
  let i = 0;
  while (i < s.length) {
    const c = s.codePointAt(i)!;
    w += charWidth(c);
    if (w > px) break;
    i += c > 0xffff ? 2 : 1;
  }
  return s.slice(0, i) + '…';
}

let chartSeq = 0;

export function barChart(title: string, bars: Bar[], opts: { id?: string } = {}): string {
  if (!bars.length) return '';
  const id = opts.id ?? `chart${chartSeq++}`;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const plot = WIDTH - LABEL_W - VALUE_W;
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const w = Math.max(1, Math.round((Math.max(0, b.value) / max) * plot));
    const cls = b.kind ? `bar c-${token(b.kind)}` : 'bar';
    const label = `<text class="lbl" x="${LABEL_W - 6}" y="${y + BAR_H - 3}" text-anchor="end" aria-hidden="true">${esc(fitText(b.label, LABEL_W - 10))}</text>`;
    const bar = `<rect class="${cls}" x="${LABEL_W}" y="${y}" width="${w}" height="${BAR_H}"/>`;
    const val = `<text class="val" x="${LABEL_W + w + 4}" y="${y + BAR_H - 3}" aria-hidden="true">${esc(b.display)}</text>`;
    const name = `${b.label}: ${b.display}`;
    const row = `<title>${esc(name)}</title>${label}${bar}${val}`;
    return b.href
      ? // hrefs are anchors wenxi builds (and may hold the id placeholder, which esc would replace)
        `<g role="listitem"><a href="${b.href}" aria-label="${esc(name)}">${row}</a></g>`
      : `<g role="listitem" aria-label="${esc(name)}">${row}</g>`;
  });
  return (
    `<figure class="chart"><figcaption id="${id}">${esc(title)}</figcaption>` +
    `<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="list" aria-labelledby="${id}" preserveAspectRatio="xMinYMin meet">` +
    rows.join('') +
    `</svg></figure>`
  );
}
