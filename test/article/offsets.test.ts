// Offsets are code points: astral characters (𠀀, emoji) must not shift anything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/index.js';
import { checkOffsets, source } from './helpers.js';

describe('code point offsets', () => {
  const text =
    '当前位置：首页 > 新闻\n𠀀村发展纪实\n发布时间：2021年3月5日\n𠀀村位于山区😀，全村共有320户。\n一、产业发展\n𠀀村种植茶叶1200亩。\n二、民生保障\n新建𠀀村小学1所。\n责任编辑：王𠀀';
  const a = buildArticle(source(text));

  it('slices every span back to its text', () => checkOffsets(a));
  it('counts the astral characters as one position each', () => {
    expect(a.meta.title).toBe('𠀀村发展纪实');
    expect(a.meta.titleSpan).toEqual({ start: 13, end: 19 });
    const h = a.sections.find((s) => s.heading === '二、民生保障')!;
    expect(h.headingSpan!.start).toBe([...text.slice(0, text.indexOf('二、民生保障'))].length);
    expect(a.meta.date).toBe('2021-03-05');
    expect(topHeadingsOf(a)).toEqual(['一、产业发展', '二、民生保障']);
  });

  it('holds for arbitrary mixes of lines (property)', () => {
    const pieces = fc.constantFrom(
      '𠀀', '😀', '。', '，', '\n', '\n\n', '一、', '（一）', '1.', '发展', '民生', '投资860万元',
      '答好“学习卷”', '责任编辑：张三', '声明：', '来源：新华社', ' ', '　', '文/李四', 'Top', '”', '>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (xs) => {
        const t = xs.join('');
        if (!t.trim()) return;
        const art = buildArticle(source(t));
        checkOffsets(art);
        for (const s of art.sections) {
          expect(s.start).toBeLessThanOrEqual(s.end);
          for (const i of s.sentences) expect(art.sentences[i]!.start).toBeGreaterThanOrEqual(s.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function topHeadingsOf(a: ReturnType<typeof buildArticle>) {
  return a.sections.filter((s) => s.parent === null && s.heading !== null).map((s) => s.heading);
}
