// One writer for every command: the command supplies how one result looks in
// each format; the writer handles framing (JSON array, one CSV header, NDJSON
// lines written as soon as each result is ready) and errors in place.
import type { ChalkInstance } from 'chalk';
import { delimitedRows, pickColumns, type Cell } from './delimited.js';
import { fieldsTable } from './table.js';
import type { OutputSink } from './sink.js';
import type { SourceText } from '../types.js';
import type { HtmlFraming } from './html/index.js';
import { html as htmlReport, loadHtml } from './html-module.js';
import { jsonPieces } from './json-pieces.js';

export const OUTPUT_FORMATS = ['table', 'text', 'md', 'json', 'ndjson', 'csv', 'tsv', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderContext {
  chalk: ChalkInstance;
  /** terminal width for tables, or a sensible default */
  width: number;
  /** --fields: the csv/tsv/table columns to keep, by header name */
  fields?: string[];
  /** more than one input: line formats name the input on each line */
  several?: boolean;
  /** the article's text, for formats that show it (html) */
  source?: SourceText;
  /** html laid out as a folder of pages (-o DIR/): each article also brings its rows of figures.csv */
  folder?: boolean;
}

export interface Renderer<R> {
  /** the machine form of one result (json / ndjson) */
  json(r: R): unknown;
  /** the header of csv/tsv, written once */
  header: string[];
  rows(r: R): Cell[][];
  /** human forms; a missing one falls back to table or json */
  text?(r: R, ctx: RenderContext): string;
  table?(r: R, ctx: RenderContext): string;
  md?(r: R, ctx: RenderContext): string;
  /** the HTML report's packed chunk (see report/html); without it, the text form in a page */
  html?(r: R, ctx: RenderContext): string;
}

/** Load what a format needs before results are formatted in it (the HTML report's code for html). */
export async function prepareFormat(format: OutputFormat): Promise<void> {
  if (format === 'html') await loadHtml();
}

/**
 * One result as text in the chosen format (after prepareFormat), without the framing between
 * results. Pure, so worker threads can do it and hand back a string.
 */
export function formatResult<R>(format: OutputFormat, renderer: Renderer<R>, ctx: RenderContext, r: R): string {
  switch (format) {
    case 'json':
      return JSON.stringify(renderer.json(r), null, 2);
    case 'ndjson':
      return JSON.stringify(renderer.json(r)) + '\n';
    case 'csv':
    case 'tsv':
      return delimitedRows(pickColumns(renderer.header, renderer.rows(r), ctx.fields), format === 'tsv' ? '\t' : ',');
    case 'html': {
      if (renderer.html) return renderer.html(r, ctx);
      const text = (renderer.table ?? renderer.text)?.call(renderer, r, ctx) ?? JSON.stringify(renderer.json(r), null, 2);
      return htmlReport().plainChunk(String((r as { path?: unknown }).path ?? ''), text);
    }
    default: {
      if (format === 'table' && ctx.fields) return fieldsTable(ctx.fields, pickColumns(renderer.header, renderer.rows(r), ctx.fields), ctx);
      const render = renderer[format] ?? renderer.table ?? renderer.text;
      const out = render ? render.call(renderer, r, ctx) : JSON.stringify(renderer.json(r), null, 2);
      return out && !out.endsWith('\n') ? out + '\n' : out;
    }
  }
}

/** What lays out html results: one page (HtmlFraming) or a folder of pages (HtmlFolder). */
export interface HtmlLayout {
  write(chunk: string): Promise<void>;
  error(path: string, message: string): Promise<void>;
  end(): Promise<void>;
}

/**
 * A formatted result: text, or JSON made piece by piece as it is written
 * (jsonPieces), so that a huge result is never one string. Only the main
 * thread makes pieces; a worker hands back text.
 */
export type Chunk = string | { pieces(): Iterable<string> };

/** formatResult, with json and ndjson as pieces. */
export function formatChunk<R>(format: OutputFormat, renderer: Renderer<R>, ctx: RenderContext, r: R): Chunk {
  if (format === 'json') return { pieces: () => jsonPieces(renderer.json(r), '  ') };
  if (format === 'ndjson') return { pieces: () => withNewline(jsonPieces(renderer.json(r))) };
  return formatResult(format, renderer, ctx, r);
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

/** The whole text of a chunk. */
export function chunkText(c: Chunk): string {
  return typeof c === 'string' ? c : [...c.pieces()].join('');
}

/** Pieces are gathered into writes of about this many UTF-16 units. */
const WRITE_UNITS = 1 << 16;

/** Writes formatted results in order, with the framing each format needs. */
export class ResultWriter {
  private count = 0;
  /** html lays out a whole page around the results, or a folder of pages */
  private readonly html: HtmlLayout | null;

  constructor(
    private readonly sink: OutputSink,
    private readonly format: OutputFormat,
    private readonly header: string[],
    layout?: HtmlLayout,
  ) {
    // prepareFormat('html') has run: the framing is built here, synchronously
    this.html = layout ?? (format === 'html' ? new (htmlReport().HtmlFraming)(sink) : null);
  }

  async begin(): Promise<void> {
    if (this.format === 'json') await this.sink.write('[');
    if (this.format === 'csv' || this.format === 'tsv')
      await this.sink.write(delimitedRows([this.header], this.format === 'tsv' ? '\t' : ','));
  }

  /** A result already formatted by formatResult or formatChunk. */
  async write(chunk: Chunk): Promise<void> {
    if (!chunk) return;
    if (this.html) return this.html.write(chunkText(chunk));
    const n = this.count++;
    let lead = '';
    if (this.format === 'json') lead = n ? ',\n' : '\n';
    else if (this.format === 'table' || this.format === 'md') lead = n ? '\n' : '';
    if (typeof chunk === 'string') return this.sink.write(lead + chunk);
    let buf = lead;
    for (const piece of chunk.pieces()) {
      buf += piece;
      if (buf.length >= WRITE_UNITS) {
        await this.sink.write(buf);
        buf = '';
      }
    }
    await this.sink.write(buf);
  }

  /** A failed input: machine formats keep its place with an error record. */
  async error(path: string, message: string): Promise<void> {
    if (this.html) return this.html.error(path, message);
    const rec = { path, error: { message } };
    if (this.format === 'ndjson') await this.sink.write(JSON.stringify(rec) + '\n');
    else if (this.format === 'json') await this.write(JSON.stringify(rec, null, 2));
  }

  /** Raw text after the results (a corpus summary, for instance). */
  async trailer(text: string): Promise<void> {
    await this.sink.write(text);
  }

  async end(): Promise<void> {
    if (this.html) return this.html.end();
    if (this.format === 'json') await this.sink.write(this.count ? '\n]\n' : ']\n');
  }
}
