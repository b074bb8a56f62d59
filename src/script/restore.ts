// Results computed on the Simplified view → the same results quoting the
// original text. The view has the original's length in code points and in
// UTF-16 units, so a span is sliced from the original as it is; a quoted
// string without a span of its own (a label, a keyword, a heading) is found in
// the view near the object that holds it and sliced from the original there.
import { CodePointMap } from '../text/codepoints.js';
import { QUOTED_FIELDS, SPAN_TEXT_FIELDS } from './data/quoted-fields.js';

const SPAN_TEXT = new Set(SPAN_TEXT_FIELDS);
const QUOTED = new Set(QUOTED_FIELDS);

export class Restorer {
  private readonly map: CodePointMap;
  private charMap: Map<string, string> | null = null;

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
    const o = v as Record<string, unknown>;
    const hasSpan = typeof o.start === 'number' && typeof o.end === 'number';
    const here = hasSpan ? this.map.toU16(o.start as number) : hint;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) {
      if (typeof x === 'string' && QUOTED.has(k)) {
        out[k] = hasSpan && SPAN_TEXT.has(k) ? this.slice(x, o.start as number, o.end as number, here) : this.find(x, here);
      } else if (Array.isArray(x) && QUOTED.has(k)) {
        out[k] = x.map((y) => (typeof y === 'string' ? this.find(y, here) : this.walk(y, here)));
      } else out[k] = this.walk(x, here);
    }
    return out;
  }

  private slice(s: string, start: number, end: number, hint: number | undefined): string {
    const a = this.map.toU16(start);
    const b = this.map.toU16(end);
    if (this.view.slice(a, b) === s) return this.original.slice(a, b);
    return this.find(s, hint);
  }

  /** the original at the occurrence of s in the view nearest to hint (UTF-16) */
  find(s: string, hint?: number): string {
    if (!s) return s;
    let at: number;
    if (hint === undefined) at = this.view.indexOf(s);
    else {
      const after = this.view.indexOf(s, hint);
      const before = this.view.lastIndexOf(s, hint);
      if (after < 0) at = before;
      else if (before < 0) at = after;
      else at = hint - before <= after - hint ? before : after;
    }
    if (at >= 0) return this.original.slice(at, at + s.length);
    return this.byCharacter(s);
  }

  /**
   * A string the stages composed rather than quoted (none do today): each
   * character as the article writes it, by the most frequent original
   * character behind that view character.
   */
  private byCharacter(s: string): string {
    if (!this.charMap) {
      const counts = new Map<string, Map<string, number>>();
      const a = [...this.original];
      const b = [...this.view];
      for (let i = 0; i < b.length; i++) {
        if (a[i] === b[i]) continue;
        let m = counts.get(b[i]!);
        if (!m) counts.set(b[i]!, (m = new Map()));
        m.set(a[i]!, (m.get(a[i]!) ?? 0) + 1);
      }
      this.charMap = new Map();
      for (const [c, m] of counts) this.charMap.set(c, [...m].sort((x, y) => y[1] - x[1])[0]![0]);
    }
    let out = '';
    for (const c of s) out += this.charMap.get(c) ?? c;
    return out;
  }
}
