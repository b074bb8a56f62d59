// One writer for every command: the command supplies how one result looks in
// each format; the writer handles framing (JSON array, one CSV header, NDJSON
// lines written as soon as each result is ready) and errors in place.
import type { ChalkInstance } from 'chalk';
import { delimitedRows, type Cell } from './delimited.js';
import type { OutputSink } from './sink.js';

export const OUTPUT_FORMATS = ['table', 'text', 'md', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderContext {
  chalk: ChalkInstance;
  /** terminal width for tables, or a sensible default */
  width: number;
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
}

export class ResultWriter<R> {
  private count = 0;

  constructor(
    private readonly sink: OutputSink,
    private readonly format: OutputFormat,
    private readonly renderer: Renderer<R>,
    private readonly ctx: RenderContext,
  ) {}

  async begin(): Promise<void> {
    if (this.format === 'json') await this.sink.write('[');
    if (this.format === 'csv' || this.format === 'tsv')
      await this.sink.write(delimitedRows([this.renderer.header], this.delimiter));
  }

  private get delimiter(): ',' | '\t' {
    return this.format === 'tsv' ? '\t' : ',';
  }

  async result(r: R): Promise<void> {
    const n = this.count++;
    switch (this.format) {
      case 'json':
        await this.sink.write((n ? ',\n' : '\n') + JSON.stringify(this.renderer.json(r), null, 2));
        return;
      case 'ndjson':
        await this.sink.write(JSON.stringify(this.renderer.json(r)) + '\n');
        return;
      case 'csv':
      case 'tsv':
        await this.sink.write(delimitedRows(this.renderer.rows(r), this.delimiter));
        return;
      default: {
        const render = this.renderer[this.format] ?? this.renderer.table ?? this.renderer.text;
        const out = render ? render.call(this.renderer, r, this.ctx) : JSON.stringify(this.renderer.json(r), null, 2);
        if (!out) return;
        const sep = n && this.format !== 'text' ? '\n' : '';
        await this.sink.write(sep + out + (out.endsWith('\n') ? '' : '\n'));
      }
    }
  }

  /** A failed input: machine formats keep its place with an error record. */
  async error(path: string, message: string): Promise<void> {
    const rec = { path, error: { message } };
    if (this.format === 'ndjson') await this.sink.write(JSON.stringify(rec) + '\n');
    else if (this.format === 'json') {
      const n = this.count++;
      await this.sink.write((n ? ',\n' : '\n') + JSON.stringify(rec, null, 2));
    }
  }

  /** Raw text after the results (a corpus summary, for instance). */
  async trailer(text: string): Promise<void> {
    await this.sink.write(text);
  }

  async end(): Promise<void> {
    if (this.format === 'json') await this.sink.write(this.count ? '\n]\n' : ']\n');
  }
}
