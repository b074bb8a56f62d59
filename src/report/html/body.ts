// The article text as decoded, line by line, with every figure marked in place
// (<mark data-figure="N">, its text exactly the figure's text), key sentences
// highlighted, section headings as headings and boilerplate dimmed or folded.
// Offsets are code points; the text is walked once, in UTF-16.
import type { Analysis } from '../../pipeline/analysis.js';
import type { Span } from '../../types.js';
import { CodePointMap } from '../../text/codepoints.js';
import { esc, shown, token } from './escape.js';
import { figureInfo, figureTip, type FigureInfo } from './figure-info.js';
import { BOILERPLATE_NAMES, FOLD_BOILERPLATE_LINES } from './labels.js';

interface Outer extends Span {
  open: string;
}

interface Mark extends Span {
  open: string;
}

export interface BodyOptions {
  /** prefix of every id, so many articles can share one page */
  id: string;
  /** heading level of a top-level section heading */
  headingLevel: number;
  /** figureInfo of each figure, when the caller has them already */
  infos?: FigureInfo[];
}

export const keySentenceId = (id: string, start: number) => `${id}k${start}`;
export const sectionId = (id: string, index: number) => `${id}s${index}`;
export const markId = (id: string, n: number) => `${id}f${n}`;

export function articleBody(text: string, a: Analysis, opts: BodyOptions): string {
  // Spans arrive in code points; the walk below slices in UTF-16, converted
  // once here (the identity for text without astral characters). Control
  // characters are replaced one for one, so no index moves.
  const map = new CodePointMap(text);
  const u = (cp: number) => map.toU16(cp);
  // C0 controls are not allowed in HTML text; they stand for nothing a reader needs.
  text = shown(text);
  const slice = (s: number, e: number) => esc(text.slice(s, e));

  // Figures, in text order; an overlapping one cannot be nested as a mark.
  const marks: Mark[] = [];
  const order = a.figures.map((f, i) => ({ f, i })).sort((x, y) => x.f.start - y.f.start);
  for (const { f, i } of order) {
    if (marks.length && u(f.start) < marks[marks.length - 1]!.end) continue;
    const info = opts.infos?.[i] ?? figureInfo(f);
    const st = info.statusKey ? ` st-${token(info.statusKey)}` : '';
    marks.push({
      start: u(f.start),
      end: u(f.end),
      open: `<mark id="${markId(opts.id, i)}" data-figure="${i}" class="c-${token(f.category)}${st}" tabindex="0" title="${esc(figureTip(info))}">`,
    });
  }

  const keyStarts = new Set<number>();
  const outers: Outer[] = [];
  for (const s of [...a.sections.flatMap((x) => x.summary), ...a.summary]) {
    if (keyStarts.has(s.start)) continue;
    keyStarts.add(s.start);
    outers.push({ start: u(s.start), end: u(s.end), open: `<span class="key" id="${keySentenceId(opts.id, s.start)}">` });
  }
  outers.sort((x, y) => x.start - y.start);

  // Lines and what each one is.
  const lines: Span[] = [];
  for (let s = 0; ; ) {
    const nl = text.indexOf('\n', s);
    lines.push({ start: s, end: nl < 0 ? text.length : nl });
    if (nl < 0) break;
    s = nl + 1;
  }
  const bp = a.boilerplate.map((b) => ({ kind: b.kind, start: u(b.start), end: u(b.end) })).sort((x, y) => x.start - y.start);
  const sectionsAt = new Map<number, typeof a.sections>();
  let li = 0;
  for (const s of [...a.sections].sort((x, y) => x.start - y.start)) {
    const start = u(s.start);
    while (li < lines.length - 1 && lines[li]!.end < start) li++;
    const list = sectionsAt.get(li) ?? [];
    list.push(s);
    sectionsAt.set(li, list);
  }
  const title = a.meta.titleSpan ? { start: u(a.meta.titleSpan.start), end: u(a.meta.titleSpan.end) } : null;

  let mi = 0;
  let oi = 0;
  /** [s, e) as inline HTML: outer spans open and close only between marks. */
  const inline = (s: number, e: number): string => {
    while (mi < marks.length && marks[mi]!.end <= s) mi++;
    while (oi < outers.length && outers[oi]!.end <= s) oi++;
    const plain = (mi >= marks.length || marks[mi]!.start >= e) && (oi >= outers.length || outers[oi]!.start >= e);
    if (plain) return slice(s, e);
    const cuts = new Set<number>([s, e]);
    for (let k = mi; k < marks.length && marks[k]!.start < e; k++) cuts.add(Math.max(s, marks[k]!.start)).add(Math.min(e, marks[k]!.end));
    for (let k = oi; k < outers.length && outers[k]!.start < e; k++) cuts.add(Math.max(s, outers[k]!.start)).add(Math.min(e, outers[k]!.end));
    const pts = [...cuts].sort((x, y) => x - y);
    let out = '';
    let openMark: Mark | null = null;
    let openOuter: Outer | null = null;
    for (let k = 0; k + 1 < pts.length; k++) {
      const p = pts[k]!;
      const q = pts[k + 1]!;
      while (mi < marks.length && marks[mi]!.end <= p) mi++;
      while (oi < outers.length && outers[oi]!.end <= p) oi++;
      const m = mi < marks.length && marks[mi]!.start <= p ? marks[mi]! : null;
      const o = oi < outers.length && outers[oi]!.start <= p ? outers[oi]! : null;
      if (openMark && openMark !== m) {
        out += '</mark>';
        openMark = null;
      }
      if (!openMark && openOuter !== o) {
        if (openOuter) out += '</span>';
        if (o) out += o.open;
        openOuter = o;
      }
      if (m && !openMark) {
        out += m.open;
        openMark = m;
      }
      out += slice(p, q);
    }
    if (openMark) out += '</mark>';
    if (openOuter) out += '</span>';
    return out;
  };

  const out: string[] = [];
  let bi = 0;
  let run: { kinds: Set<string>; html: string[] } | null = null;
  const flush = () => {
    if (!run) return;
    const kinds = [...run.kinds].map((k) => BOILERPLATE_NAMES[k as keyof typeof BOILERPLATE_NAMES] ?? k).join('、');
    if (run.html.length > FOLD_BOILERPLATE_LINES)
      out.push(`<details class="bp"><summary>${esc(kinds)} · ${run.html.length} 行 lines</summary>${run.html.join('')}</details>`);
    else out.push(`<div class="bp" title="${esc(kinds)}">${run.html.join('')}</div>`);
    run = null;
  };
  const BLANK = /^\s*$/;
  lines.forEach((line, n) => {
    const starts = sectionsAt.get(n) ?? [];
    const ids = starts.map((s) => sectionId(opts.id, s.index));
    if (BLANK.test(text.slice(line.start, line.end))) {
      // A section starting on a blank line still needs its anchor.
      if (ids.length) out.push(ids.map((id) => `<span id="${id}"></span>`).join(''));
      return;
    }
    while (bi < bp.length && bp[bi]!.end <= line.start) bi++;
    const b = bi < bp.length && bp[bi]!.start < line.end ? bp[bi]! : null;
    const anchors = ids.slice(1).map((id) => `<span id="${id}"></span>`).join('');
    const idAttr = ids.length ? ` id="${ids[0]}"` : '';
    if (b && !ids.length) {
      run ??= { kinds: new Set(), html: [] };
      run.kinds.add(b.kind);
      run.html.push(`<p data-kind="${token(b.kind)}">${inline(line.start, line.end)}</p>`);
      return;
    }
    flush();
    const heading = starts.find((s) => s.heading !== null);
    if (title && title.start >= line.start && title.start < line.end && !heading) {
      out.push(`<p class="title"${idAttr}>${anchors}${inline(line.start, line.end)}</p>`);
    } else if (heading) {
      const h = Math.min(6, opts.headingLevel + heading.level - 1);
      out.push(`<h${h} class="sec-h"${idAttr}>${anchors}${inline(line.start, line.end)}</h${h}>`);
    } else {
      out.push(`<p${idAttr}>${anchors}${inline(line.start, line.end)}</p>`);
    }
  });
  flush();
  return out.join('\n');
}
