import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, SourceText } from '../../src/types.js';
import { buildArticle } from '../../src/article/index.js';
import { sliceCodePoints } from '../../src/text/codepoints.js';

export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const referencePath = fileURLToPath(new URL('../../../shared/seed/000_c4c7c2d21eace6dd.txt', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

export function source(text: string, format: SourceText['format'] = 'text', headingLines: number[] = []): SourceText {
  return { path: 'test', encoding: 'utf-8', format, text, headingLines };
}

export function articleOf(path: string, format: SourceText['format'] = 'text'): Article {
  return buildArticle(source(readFileSync(path, 'utf8'), format));
}

export const topHeadings = (a: Article) =>
  a.sections.filter((s) => s.parent === null && s.heading !== null).map((s) => s.heading);

/** Every reported span must slice back to its text, by code points. */
export function checkOffsets(a: Article): void {
  const t = a.source.text;
  const same = (s: { start: number; end: number }, text: string, what: string) => {
    const got = sliceCodePoints(t, s.start, s.end);
    if (got !== text) throw new Error(`${what} [${s.start},${s.end}) slices to ${JSON.stringify(got)}, not ${JSON.stringify(text)}`);
  };
  a.paragraphs.forEach((p, i) => same(p, p.text, `paragraph ${i}`));
  a.sentences.forEach((s, i) => same(s, s.text, `sentence ${i}`));
  a.boilerplate.forEach((b, i) => same(b, b.text, `boilerplate ${i}`));
  for (const s of a.sections) if (s.headingSpan) same(s.headingSpan, s.heading!, `heading ${s.index}`);
  if (a.meta.titleSpan) same(a.meta.titleSpan, a.meta.title!, 'title');
}
