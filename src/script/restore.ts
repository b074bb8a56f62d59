// Results computed on the Simplified view → the same results quoting the
// original text. The view has the original's length in code points and in
// UTF-16 units, so a span is sliced from the original as it is; a quoted
// string without a span of its own (a label, a keyword, a heading) is found in
// the view near the object that holds it and sliced from the original there.
import { CodePointMap } from '../text/codepoints.js';
import { NEAR_FIELDS, QUOTED_FIELDS, SPAN_TEXT_FIELDS } from './data/quoted-fields.js';

const SPAN_TEXT = new Set(SPAN_TEXT_FIELDS);
/** UTF-16 units either side of an object searched for what it quotes */
const WINDOW = 4000;
const QUOTED = new Set(QUOTED_FIELDS);
const NEAR = new Set(NEAR_FIELDS);

export class Restorer {
  private readonly map: CodePointMap;

  constructor(
    readonly original: string,
    readonly view: string,
  ) {
    this.map = new CodePointMap(view);
  }

  /** a copy of value whose quoting fields are in the original's script */
  restore<T>(value: T): T {
    return this.walk(value, undefined) as T;
  }

  private walk(v: unknown, hint: number | undefined): unknown {
    if (Array.isArray(v)) return v.map((x) => this.walk(x, hint));
    if (v === null || typeof v !== 'object') return v;
    // results are plain data; anything else (a Map, a class) is not the stages' quoting
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    const o = v as Record<string, unknown>;
    const hasSpan = typeof o.start === 'number' && typeof o.end === 'number';
    const here = hasSpan ? this.map.toU16(o.start as number) : hint;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) {
      if (typeof x === 'string' && QUOTED.has(k)) {
        // a field with a span of its own beside it (meta.title and meta.titleSpan)
        const own = o[`${k}Span`] as { start?: unknown; end?: unknown } | null | undefined;
        if (own && typeof own.start === 'number' && typeof own.end === 'number') out[k] = this.slice(x, own.start, own.end, here);
        else out[k] = hasSpan && SPAN_TEXT.has(k) ? this.slice(x, o.start as number, o.end as number, here) : this.find(x, here, !NEAR.has(k));
      } else if (Array.isArray(x) && QUOTED.has(k)) {
        out[k] = x.map((y) => (typeof y === 'string' ? this.find(y, here, !NEAR.has(k)) : this.walk(y, here)));
      } else out[k] = this.walk(x, here);
    }
    return out;
  }

  private slice(s: string, start: number, end: number, hint: number | undefined): string {
    const a = this.map.toU16(start);
    const b = this.map.toU16(end);
    if (this.view.slice(a, b) === s) return this.original.slice(a, b);
    return this.find(s, hint, true);
  }

  /**
   * The original at the occurrence of s in the view nearest to hint (UTF-16):
   * near it first, then (`wide`: a keyword of a long section) anywhere.
   */
  find(s: string, hint?: number, wide = true): string {
    if (!s) return s;
    let at = this.nearest(s, hint);
    if (at < 0 && wide && hint !== undefined) {
      const after = this.view.indexOf(s, hint);
      at = after >= 0 ? after : this.view.lastIndexOf(s, hint);
    }
    if (at >= 0) return this.original.slice(at, at + s.length);
    return this.byPieces(s, hint);
  }

  private nearest(s: string, hint: number | undefined): number {
    if (hint === undefined) return this.view.indexOf(s);
    // what an object quotes stands close to it (a label in its figure's
    // sentence): search a window first, so a string that is not there at all
    // costs a window, not the whole text, on a long input
    const from = Math.max(0, hint - WINDOW);
    const to = Math.min(this.view.length, hint + WINDOW + s.length);
    const region = this.view.slice(from, to);
    const after = region.indexOf(s, hint - from);
    const before = region.lastIndexOf(s, hint - from);
    if (after < 0 && before < 0) return -1;
    if (after < 0) return from + before;
    if (before < 0) return from + after;
    return from + (hint - from - before <= after - (hint - from) ? before : after);
  }

  /**
   * A string the stages composed from pieces of the text (a label that skips
   * the words between its subject and its verb): each longest piece found in
   * the view near the hint, taken from the original there.
   */
  private byPieces(s: string, hint: number | undefined): string {
    let out = '';
    for (let i = 0; i < s.length; ) {
      let len = s.length - i;
      let at = -1;
      for (; len > 0; len--) {
        if (len === 1 && s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff) continue;
        at = this.nearest(s.slice(i, i + len), hint);
        if (at >= 0) break;
      }
      if (at < 0) {
        // not in the text at all (wenxi's own words): as the stages wrote it
        const n = s.codePointAt(i)! > 0xffff ? 2 : 1;
        out += s.slice(i, i + n);
        i += n;
        continue;
      }
      out += this.original.slice(at, at + len);
      i += len;
      if (hint !== undefined) hint = at + len;
    }
    return out;
  }
}
