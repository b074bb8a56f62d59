import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mdEscape, mdTable } from '../../src/report/markdown.js';
import { formatValue, formatWan, groupDigits } from '../../src/report/numbers.js';
import { around, displayWidth, truncate, truncateStart } from '../../src/report/text-width.js';

describe('terminal widths', () => {
  it('counts CJK as two columns', () => {
    expect(displayWidth('投资860万元')).toBe(2 * 2 + 3 + 2 * 2);
  });
  it('truncates to the width with an ellipsis', () => {
    const t = truncate('先后集中学习研讨6次,上党课3次', 12);
    expect(displayWidth(t)).toBeLessThanOrEqual(12);
    expect(t.endsWith('…')).toBe(true);
  });
  it('cuts a path from the left, keeping the file name', () => {
    const t = truncateStart('../shared/corpus/23_guowuyuan_zhengfu_gongzuo_baogao_2019.txt', 30);
    expect(t.startsWith('…')).toBe(true);
    expect(t.endsWith('baogao_2019.txt')).toBe(true);
    expect(displayWidth(t)).toBeLessThanOrEqual(30);
  });
  it('keeps the figure visible when cutting a long sentence', () => {
    const s = '全员参与不掉队,邀请老战士张升荣讲述抗战记忆,市委党校专家授课4次,分领域轮训党员3600名,党员群众同心同向';
    const cut = around(s, '3600名', 30);
    expect(cut).toContain('3600名');
    expect(displayWidth(cut)).toBeLessThanOrEqual(30);
  });
});

describe('Markdown', () => {
  it('escapes what would break a table or add emphasis', () => {
    expect(mdEscape('a|b *c* [d]')).toBe('a\\|b \\*c\\* \\[d\\]');
    expect(mdTable(['x'], [['1|2']])).toBe('| x |\n| --- |\n| 1\\|2 |\n');
  });
});

describe('values for a Chinese reader', () => {
  it('groups digits and gives the 万/亿 form for large values', () => {
    expect(formatValue(8600000, '元')).toBe('8,600,000 元');
    expect(formatWan(8600000, '元')).toBe('860万元');
    expect(formatWan(4000000000, '元')).toBe('40亿元');
    expect(formatWan(78, '处')).toBe('');
  });

  it('groups whole numbers by hand exactly as Intl does, and fractions through Intl', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });
    for (const v of [0, -0, 7, 999, 1000, -1000, 12345, 100000, 999999, 1000000, -7654321, 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 53, 1e21, 3.5, -0.25, 1 / 3])
      expect(groupDigits(v), String(v)).toBe(intl.format(v));
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.double({ noNaN: true })), (v) => groupDigits(v) === intl.format(v)));
  });
});
