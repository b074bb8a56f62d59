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

/** Rough width of text in px at 12 px: CJK and full-width forms are square, the rest about half. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? FONT : FONT * 0.6;
  return w;
}

export function fitText(s: string, px: number): string {
  if (textWidth(s) <= px) return s;
  let out = '';
  let w = textWidth('…');
  for (const ch of s) {
    w += textWidth(ch);
    if (w > px) break;
    out += ch;
  }
  return out + '…';
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
