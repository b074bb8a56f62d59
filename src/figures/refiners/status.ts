// status: is a figure reported as achieved (or as a fact), or planned? Read
// from the clause that holds it, then the clauses before it in the sentence:
// the nearest clause that says anything decides. Within one clause a
// condition (如果) beats a past marker (已, 累计), which beats a plan word
// (力争, 将, 要) — 已完成计划投资的80% is achieved. When the sentence says
// nothing, the section's default (a work report's plan or review part) holds,
// and outside such a section a plain statement is a fact.
import type { FigureStatus } from '../../types.js';
import { BASIS } from '../data/change.js';
import { MAY_COMPARE, MAY_COMPARE_CHARS } from './period.js';
import { ACTUAL_WORDS, BOUND_WORDS, CURRENT_WORDS, NEITHER_WORDS, NORM_WORDS, PAST_WORDS, PLAN_AFTER, TARGET_LOOKALIKES, TARGET_WORDS } from '../data/status.js';
import { indexWords, wordAt, wordWithin, type WordIndex } from '../word-index.js';

type Kind = 'target' | 'bound' | 'actual' | 'past' | 'neither' | 'none' | 'current' | 'norm';

let words: { index: WordIndex; kind: Map<string, Kind> } | null = null;
/** first characters of all signal words, by char code: most characters start none, and are passed over with one array read */
let FIRST = new Uint8Array(0);

function W() {
  if (words) return words;
  const kind = new Map<string, Kind>();
  // later lists win for a word in two of them: a look-alike that reports a result is actual
  for (const w of PAST_WORDS) kind.set(w, 'past');
  for (const w of TARGET_WORDS) kind.set(w, 'target');
  for (const w of BOUND_WORDS) kind.set(w, 'bound');
  for (const w of NORM_WORDS) kind.set(w, 'norm');
  for (const w of TARGET_LOOKALIKES) kind.set(w, 'none');
  for (const w of ACTUAL_WORDS) kind.set(w, 'actual');
  for (const w of NEITHER_WORDS) kind.set(w, 'neither');
  for (const w of CURRENT_WORDS) kind.set(w, 'current');
  FIRST = new Uint8Array(0x10000);
  for (const w of kind.keys()) FIRST[w.charCodeAt(0)] = 1;
  IN_PLACE = inPlaceTable();
  return (words = { index: indexWords(kind.keys()), kind });
}

/** clause breaks (1) and sentence ends (2) by char code: the scans read every character */
const BREAK = new Uint8Array(0x10000);
for (const ch of '，,；;：:') BREAK[ch.charCodeAt(0)] = 1;
for (const ch of '。！？!?\n') BREAK[ch.charCodeAt(0)] = 2;
/** for scanRange, by char code: 0 nothing to do, 1 a clause break or a signal word's first character, SLOW a comparison base or 年 may start */
const SLOW = 2;
let IN_PLACE: Uint8Array = new Uint8Array(0);
function inPlaceTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (BREAK[c] === 1 || FIRST[c] === 1) t[c] = 1;
  for (const ch of MAY_COMPARE_CHARS + '年') t[ch.charCodeAt(0)] = SLOW;
  return t;
}
/** How far (UTF-16) after a figure its predicate is read. */
const PREDICATE_REACH = 16;
const RANK: Record<Kind, number> = { none: 0, current: 0, norm: 0, past: 1, target: 2, bound: 2, actual: 3, neither: 4 };
const FUTURE_YEAR = /(?:到|至|在)([0-9０-９]{4})年/g;
const BASIS_ALL = new RegExp(BASIS.source, 'g');

/** every 到2020年 of s (exec on the one global regex: matchAll would build and set up a copy of it each time) */
function futureYears(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  FUTURE_YEAR.lastIndex = 0;
  for (let m = FUTURE_YEAR.exec(s); m; m = FUTURE_YEAR.exec(s)) out.push(m);
  return out;
}

export interface StatusReading {
  status: FigureStatus | null;
  /** the signal, for --explain */
  why: string;
}

interface Signal {
  kind: Kind;
  word: string;
}
const NONE: Signal = { kind: 'none', word: '' };

/**
 * Reads statuses of figures in text order, in one pass over the text: the
 * stretch between two figures is scanned once, so a long sentence full of
 * figures costs no more than its length.
 */
export class StatusReader {
  private pos = 0;
  private sentence = -1;
  /** the signal of the nearest clause before the current one that had any */
  private before: Signal = NONE;
  /** the strongest signal of the current clause so far */
  private clause: Signal = NONE;
  /** 现行 right before: the next figure is the level in force, whatever the clause plans */
  private current: string | null = null;
  /** a rule word seen in the sentence (条例, 应当): its bounds are norms */
  private rule: string | null = null;

  constructor(
    private readonly text: string,
    private readonly year: number | null,
  ) {}

  /** status of the figure at `start` (UTF-16) in the sentence opening at `sentenceStart`; figures in text order */
  read(sentenceStart: number, start: number, frame: { status: FigureStatus | null; heading: string | null } | null): StatusReading {
    if (sentenceStart !== this.sentence || start < this.pos) {
      this.sentence = sentenceStart;
      this.pos = sentenceStart;
      this.before = NONE;
      this.clause = NONE;
      this.rule = null;
    }
    this.current = null;
    if (start > this.pos) this.scanRange(this.pos, start);
    this.pos = start;
    if (this.current) return { status: 'actual', why: `actual: ${this.current} (this figure only)` };
    const s = this.clause.kind !== 'none' ? this.clause : this.before;
    if (s.kind === 'bound') return this.rule ? { status: null, why: `neither: ${s.word} in a rule (${this.rule})` } : { status: 'target', why: `target: ${s.word}` };
    if (s.kind === 'target') return { status: 'target', why: `target: ${s.word}` };
    if (s.kind === 'actual' || s.kind === 'past') return { status: 'actual', why: `actual: ${s.word}` };
    if (s.kind === 'neither') return { status: null, why: `neither: ${s.word}` };
    // nothing before it: 比2008年下降2.7%的安排 says so after
    // bounded: an unbounded indexOf would read to the end of the text for every figure
    const near = this.text.slice(start, start + 30);
    const de = near.indexOf('的');
    const after = de >= 0 ? PLAN_AFTER.exec(this.text.slice(start, start + de + 3)) : null;
    if (after) return { status: 'target', why: `target: ${after[0].slice(-3)} after it` };
    // 11种大病明年有望获二次报销, 6万多家餐馆如果都安装: a figure that is the subject takes its predicate's word
    const pred = this.predicateSignal(start);
    if (pred.kind === 'target') return { status: 'target', why: `target: ${pred.word} after it` };
    if (pred.kind === 'neither') return { status: null, why: `neither: ${pred.word} after it` };
    if (frame && frame.status) return { status: frame.status, why: `section: ${frame.heading ?? ''}` };
    return { status: 'actual', why: 'default: stated as fact' };
  }

  /** the strongest plan or condition word in the rest of the figure's clause (a short reach) */
  private predicateSignal(start: number): Signal {
    const { index, kind } = W();
    let end = start;
    while (end < this.text.length && end < start + PREDICATE_REACH && !BREAK[this.text.charCodeAt(end)]) end++;
    const s = this.text.slice(start, end);
    let best: Signal = NONE;
    for (let i = 0; i < s.length; ) {
      if (!FIRST[s.charCodeAt(i)]) {
        i++;
        continue;
      }
      const w = wordAt(index, s, i);
      if (!w) {
        i++;
        continue;
      }
      const k = kind.get(w)!;
      if ((k === 'target' || k === 'neither') && RANK[k] > RANK[best.kind]) best = { kind: k, word: w };
      i += w.length;
    }
    return best;
  }

  /**
   * scan(text.slice(from, to)), read in place when the stretch holds no
   * character that opens a comparison base or a 到2020年 (most stretches): no
   * slice, no regexes, and one table read for most characters.
   */
  private scanRange(from: number, to: number): void {
    const { text } = this;
    const { index, kind } = W();
    const { before, clause, current, rule } = this;
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      const t = IN_PLACE[c]!;
      if (t === 0) {
        i++;
        continue;
      }
      if (t === SLOW) {
        // undo what was read, and read the stretch as a string
        this.before = before;
        this.clause = clause;
        this.current = current;
        this.rule = rule;
        this.scan(text.slice(from, to));
        return;
      }
      if (BREAK[c] === 1) {
        if (this.clause.kind !== 'none') this.before = this.clause;
        this.clause = NONE;
        i++;
        continue;
      }
      if (!FIRST[c]) {
        i++;
        continue;
      }
      const w = wordWithin(index, text, i, to);
      if (!w) {
        i++;
        continue;
      }
      this.word(w, kind.get(w)!);
      i += w.length;
    }
  }

  private scan(stretch: string): void {
    const { index, kind } = W();
    // a comparison base (比去年预算高) names the past without reporting it
    const s = MAY_COMPARE.test(stretch) ? stretch.replace(BASIS_ALL, (m) => ' '.repeat(m.length)) : stretch;
    const years = s.includes('年') ? futureYears(s) : [];
    let y = 0;
    for (let i = 0; i < s.length; ) {
      if (BREAK[s.charCodeAt(i)] === 1) {
        if (this.clause.kind !== 'none') this.before = this.clause;
        this.clause = NONE;
        i++;
        continue;
      }
      while (y < years.length && years[y]!.index! < i) y++;
      if (y < years.length && years[y]!.index === i) {
        // 到2020年: a year still to come is a plan; one already past is reported
        const m = years[y]!;
        const yr = Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
        this.note(this.year === null || yr > this.year ? { kind: 'target', word: m[0] } : { kind: 'past', word: m[0] });
        i += m[0].length;
        continue;
      }
      if (!FIRST[s.charCodeAt(i)]) {
        i++;
        continue;
      }
      const w = wordAt(index, s, i);
      if (!w) {
        i++;
        continue;
      }
      this.word(w, kind.get(w)!);
      i += w.length;
    }
  }

  /** A status word read in either scan: 今年-like words date the clause, norms name a rule, the rest signal. */
  private word(w: string, k: Kind): void {
    if (k === 'current') this.current = w;
    else if (k === 'norm') this.rule ??= w;
    else this.note({ kind: k, word: w });
  }

  private note(sig: Signal): void {
    if (RANK[sig.kind] > RANK[this.clause.kind]) this.clause = sig;
  }
}
