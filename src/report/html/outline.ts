// The section tree: each section links to its place in the text, with its
// theme as a tag, its figure count, keywords and key sentences.
import type { Analysis, SectionResult } from '../../pipeline/analysis.js';
import { esc } from './escape.js';
import { keySentenceId, sectionId } from './body.js';
import { sectionName } from './table.js';

/** Figures of a section and of its subsections: the count a reader expects. */
export function figuresUnder(a: Analysis): number[] {
  const counts = a.sections.map(() => 0);
  for (const f of a.figures) {
    for (let s = f.section; s !== null && s !== undefined; s = a.sections[s]?.parent ?? null) counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

/** A key sentence's opening: the whole one is highlighted in the text, one click away. */
const OPENING = 48;
function opening(s: string): string {
  if (s.length <= OPENING) return s; // no more code points than code units
  let at = 0;
  for (let n = 0; n < OPENING && at < s.length; n++) at += s.codePointAt(at)! > 0xffff ? 2 : 1;
  return at < s.length ? s.slice(0, at) + '…' : s;
}

export function outline(a: Analysis, id: string): string {
  const counts = figuresUnder(a);
  const children = new Map<number | null, SectionResult[]>();
  for (const s of a.sections) {
    const list = children.get(s.parent) ?? [];
    list.push(s);
    children.set(s.parent, list);
  }
  const item = (s: SectionResult): string => {
    const theme = s.theme ? `<span class="theme">${esc(s.theme)}</span> ` : '';
    const n = counts[s.index] ?? 0;
    const kws = s.keywords.length
      ? `<p class="kws"><span class="sr">关键词 keywords: </span>${s.keywords.slice(0, 5).map((k) => `<span class="kw">${esc(k.word)}</span>`).join(' ')}</p>`
      : '';
    const keys = s.summary.length
      ? `<ul class="keys">${s.summary.map((x) => `<li><a href="#${keySentenceId(id, x.start)}">${esc(opening(x.text))}</a></li>`).join('')}</ul>`
      : '';
    const kids = children.get(s.index);
    return (
      `<li>${theme}<a href="#${sectionId(id, s.index)}">${esc(sectionName(s.heading, s.index))}</a> ` +
      `<span class="count">${n} 项数据 figures</span>${kws}${keys}` +
      (kids ? `<ol>${kids.map(item).join('')}</ol>` : '') +
      `</li>`
    );
  };
  const top = children.get(null) ?? [];
  return `<ol class="outline">${top.map(item).join('')}</ol>`;
}
