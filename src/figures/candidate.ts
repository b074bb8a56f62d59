// A figure while it is being found: UTF-16 spans, before labels and offsets
// are resolved. `tag` names the extractor that produced it (for debugging).
import type { FigureCategory } from '../types.js';
import type { UnitKind } from './data/units.js';
import type { NumberToken } from './scan.js';

export interface Candidate {
  start: number;
  end: number;
  /** the main number's token (for ranges, the first) */
  token: NumberToken;
  /** index of the last token the candidate uses */
  lastToken: number;
  value: number;
  unit: string | null;
  kind: UnitKind | 'bare';
  category: FigureCategory;
  approx: boolean;
  range?: { min: number | null; max: number | null };
  /** 九折: a percentage of the price paid */
  discount?: boolean;
  /** span of the unit as written, for counted-noun lookups */
  unitEnd: number;
  tag: string;
  label?: string | null;
  period?: string;
  /** the counted noun a generic classifier was matched with (个 of 项目), if any */
  counted?: string;
  /** a rise or fall (refiners/change.ts) and the words that said so */
  change?: { direction: 'up' | 'down'; basis: string | null };
  changeWhy?: string;
  /** the label rule that set `label` (for --explain) */
  labelRule?: string;
}

export interface ExtractContext {
  text: string;
  tokens: NumberToken[];
  all: boolean;
}

/** a small finder: looks at one number token and the text right around it */
export interface Extractor {
  name: string;
  extract(ctx: ExtractContext, index: number): Candidate | null;
}

/**
 * The candidate with every field present, in one order: the refiners then
 * read and write objects of a single shape (V8 keeps one hidden class and its
 * property accesses stay monomorphic), instead of one per mix of extractor
 * and optional fields added later.
 */
export function shaped(c: Candidate): Candidate {
  return {
    start: c.start,
    end: c.end,
    token: c.token,
    lastToken: c.lastToken,
    value: c.value,
    unit: c.unit,
    kind: c.kind,
    category: c.category,
    approx: c.approx,
    range: c.range,
    discount: c.discount,
    unitEnd: c.unitEnd,
    tag: c.tag,
    label: c.label,
    period: c.period,
    counted: c.counted,
    change: c.change,
    changeWhy: c.changeWhy,
    labelRule: c.labelRule,
  };
}

/**
 * A candidate as an extractor proposes it, in the one shape (the fields of
 * `shaped`, in its order): every extractor builds its candidates here, so
 * `shaped` reads objects of one hidden class — copying the fields of a dozen
 * literal shapes was a megamorphic load per field for every candidate.
 */
export function candidate(
  start: number,
  end: number,
  token: NumberToken,
  lastToken: number,
  value: number,
  unit: string | null,
  kind: Candidate['kind'],
  category: FigureCategory,
  approx: boolean,
  unitEnd: number,
  tag: string,
  range?: { min: number | null; max: number | null },
  discount?: boolean,
): Candidate {
  return {
    start,
    end,
    token,
    lastToken,
    value,
    unit,
    kind,
    category,
    approx,
    range,
    discount,
    unitEnd,
    tag,
    label: undefined,
    period: undefined,
    counted: undefined,
    change: undefined,
    changeWhy: undefined,
    labelRule: undefined,
  };
}
