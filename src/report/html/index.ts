// The HTML report (`-f html`): how one result becomes a packed chunk, and the
// page writer that lays the chunks out.
import { buildArticle } from '../../article/index.js';
import type { SourceText } from '../../types.js';
// Types only: `wenxi figures` must not load the analysis pipeline (and its segmenter) to start.
import type { Analysis } from '../../pipeline/analysis.js';
import type { FiguresResult } from '../../pipeline/figures-stage.js';
import { codePointLength } from '../../text/codepoints.js';
import { packArticle, packChunk } from './pack.js';

export { HtmlFraming, statsPage } from './framing.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** An analysis with its text: the full report. */
export function articleChunk(a: Analysis, source: SourceText | undefined, folder = false): string {
  if (!source) throw new Error('the HTML report needs the article text');
  return packChunk(packArticle(a, source.text, { csv: folder }));
}

/**
 * `wenxi figures -f html`: the same page without keywords and key sentences.
 * The article model is rebuilt from the raw text (no segmentation) for the
 * metadata, boilerplate and sections around the marks.
 */
export function figuresChunk(r: FiguresResult, source: SourceText | undefined, folder = false): string {
  if (!source) throw new Error('the HTML report needs the article text');
  const article = buildArticle(source);
  const a: Analysis = {
    schema: 'wenxi.analysis/2',
    path: r.path,
    encoding: r.encoding,
    script: r.script,
    format: source.format,
    meta: article.meta,
    stats: { characters: codePointLength(source.text), paragraphs: article.paragraphs.length, sentences: article.sentences.length },
    sections: article.sections.map((s) => ({
      index: s.index,
      level: s.level,
      parent: s.parent,
      heading: s.heading,
      theme: s.theme,
      start: s.start,
      end: s.end,
      summary: [],
      keywords: [],
      figures: [],
    })),
    figures: r.figures,
    keywords: [],
    summary: [],
    boilerplate: article.boilerplate,
  };
  return packChunk(packArticle(a, source.text, { csv: folder }));
}

/** Any other result: its text form, shown as preformatted text. */
export function plainChunk(path: string, text: string): string {
  return packChunk({ kind: 'plain', path, text: text.replace(ANSI, '') });
}
