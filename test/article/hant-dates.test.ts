// Dates and release footers of Taiwan, Hong Kong and Macao texts. The stages
// read a Traditional text's Simplified view, so the rules are written and
// tested in Simplified; the last test goes through the pipeline.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/article/classify.js';
import { findDate, isDateLine, rocYear } from '../../src/article/date.js';
import { splitLines } from '../../src/article/lines.js';
import { sourceFromString } from '../../src/input/source.js';
import type { Analysis } from '../../src/pipeline/analysis.js';
import { makeProcessor } from '../../src/pipeline/tasks.js';

const kindOf = (line: string) => classifyLines(splitLines(line), 1)[0]?.kind ?? null;

describe('dates as Taiwan, Hong Kong and Macao write them', () => {
  it.each([
    ['民国114年1月14日', '2025-01-14'],
    ['中华民国八十九年三月五日', '2000-03-05'],
    ['民国一百一十四年一月十四日', '2025-01-14'],
    ['114年1月14日（星期二）', '2025-01-14'],
    ['二〇〇二年八月三十一日', '2002-08-31'],
    ['二○○二年八月三十一日', '2002-08-31'],
    ['二零零四年十月三十日', '2004-10-30'],
    ['２０２５年１月１４日', '2025-01-14'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('reads no ROC date where there is none', () => {
    expect(findDate('第14年1月14日')).toBeNull();
    expect(findDate('建校120年10月1日举行庆典')).toBeNull();
    expect(findDate('发布日期：114年1月14日')?.iso).toBe('2025-01-14');
    expect(findDate('民国时期的1月14日')).toBeNull();
    expect(findDate('二零零四年十月旅客入境数目')).toBeNull();
  });

  it.each([
    ['民国114年', 2025],
    ['114年度', 2025],
    ['民国一百一十四年', 2025],
    ['民国89年', 2000],
    ['2025年', null],
    ['14年', null],
  ])('ROC year %s → %s', (text, year) => {
    expect(rocYear(text)).toBe(year);
  });

  it('takes a date with its weekday as a date line', () => {
    expect(isDateLine('2025年1月14日（星期二）')).toBe(true);
    expect(isDateLine('民国114年1月14日')).toBe(true);
  });
});

describe('release footers', () => {
  it.each([
    ['完', 'footer'],
    ['（完）', 'footer'],
    ['2025年1月14日（星期二）', 'meta'],
    ['香港时间15时30分', 'meta'],
    ['澳门时间 9:05', 'meta'],
    ['完成了全年目标', null],
    ['香港时间15时30分举行记者会，介绍新措施。', null],
  ])('%s → %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it('gives a Hong Kong release the date of its footer and keeps the footer out of the body', async () => {
    const process = await makeProcessor('analyze', {});
    const text =
      '財政司司長發表網誌\n\n財政司司長今日發表網誌，指本港經濟今年預計增長2.5%，政府將預留100億元支援中小企。\n\n' +
      '他表示，政府會繼續推動創新科技發展，未來三年投入50億元。\n\n完\n\n2025年1月14日（星期二）\n香港時間15時30分\n';
    const a = process(sourceFromString('release.txt', text, 'utf-8', 'text')) as Analysis;
    expect(a.script).toBe('hant');
    expect(a.meta.title).toBe('財政司司長發表網誌');
    expect(a.meta.date).toBe('2025-01-14');
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([
      ['footer', '完'],
      ['meta', '2025年1月14日（星期二）'],
      ['meta', '香港時間15時30分'],
    ]);
    expect(a.figures.map((f) => f.text)).toEqual(['2.5%', '100億元', '50億元']);
  });
});
