// period: the time a figure refers to, when its sentence says (2019年, 1—7月,
// 一季度, 截至7月底, 十四五期间); the time nearest the figure wins. A
// comparison base (比2010年) is not the figure's time. 今年/去年 are resolved
// against the article's year when there is one.
import { BASIS } from '../data/change.js';
import { PERIOD, RELATIVE_YEARS } from '../data/periods.js';

const BASIS_ALL = new RegExp(BASIS.source, 'g');
/** every time expression holds one of these; every comparison base one of those */
const TIME_CHAR = new Uint8Array(0x10000);
for (const ch of '年月季期时目') TIME_CHAR[ch.charCodeAt(0)] = 1;
/** the characters a comparison base may open with (比, 较, 同比, 环比, 与) */
export const MAY_COMPARE_CHARS = '比较同环与';
export const MAY_COMPARE = new RegExp(`[${MAY_COMPARE_CHARS}]`);

function resolve(p: string, year: number | null): string {
  if (year === null) return p;
  return p.replace(/今年|本年|当年|去年|前年|明年/, (w) => `${year + RELATIVE_YEARS[w]!}年`);
}

/**
 * Reads periods of figures in text order: the stretch between two figures is
 * scanned once, and the last time written before a figure in its sentence is
 * its period.
 */
export class PeriodReader {
  private pos = 0;
  private sentence = -1;
  private last: string | undefined;
  /** the last period as reported, resolved once */
  private shown: { last: string; year: number | null; period: string } | null = null;

  constructor(
    private readonly text: string,
    private readonly year: number | null,
  ) {}

  /** `year` overrides the article's year (a section heading's, when the article has no date) */
  read(sentenceStart: number, start: number, year: number | null = this.year): string | undefined {
    if (sentenceStart !== this.sentence || start < this.pos) {
      this.sentence = sentenceStart;
      this.pos = sentenceStart;
      this.last = undefined;
    }
    if (start > this.pos) {
      // most stretches between figures name no time: a character test before any slice
      let hit = false;
      for (let i = this.pos; i < start && !hit; i++) hit = TIME_CHAR[this.text.charCodeAt(i)] === 1;
      const from = this.pos;
      this.pos = start;
      if (hit) {
        let stretch = this.text.slice(from, start);
        // blank out comparison bases so their years do not count
        if (MAY_COMPARE.test(stretch)) stretch = stretch.replace(BASIS_ALL, (m) => ' '.repeat(m.length));
        // (exec on the one global regex: matchAll would build and set up a copy of it for every figure)
        PERIOD.lastIndex = 0;
        for (let m = PERIOD.exec(stretch); m; m = PERIOD.exec(stretch)) this.last = m[1]!;
      }
    }
    if (this.last === undefined) return undefined;
    if (this.last !== this.shown?.last || year !== this.shown.year)
      this.shown = { last: this.last, year, period: resolve(this.last.replace(/[“”"]/g, ''), year) };
    return this.shown.period;
  }
}

/** the period a section heading names (2018年工作回顾 → 2018年), or undefined */
export function headingPeriod(heading: string, year: number | null): string | undefined {
  const m = /([0-9０-９]{4}年|今年|去年|明年|[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期))/.exec(heading);
  return m ? resolve(m[1]!.replace(/[“”"]/g, ''), year) : undefined;
}

/** 全年 / 一季度 / 截至7月底 in a section about 2018: that year's (2018年全年, 截至2018年7月底); a period that names its year, or 目前, stays */
export function inYear(period: string, year: number | null): string {
  if (year === null || /[0-9０-９]{4}|今年|去年|明年|前年|本年|当年|十.五|过去|近|目前/.test(period)) return period;
  return period.replace(/^(截至|截止|到)?/, `$1${year}年`);
}
