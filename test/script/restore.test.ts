import { describe, expect, it } from 'vitest';
import { Restorer, toSimplifiedAligned } from '../../src/script/index.js';

const original = '今年十月入境旅客數目較去年同月增加35.4%。後來，入境旅客數目再增加。';
const view = toSimplifiedAligned(original);
const r = new Restorer(original, view);

describe('restoring quotes', () => {
  it('slices spans and finds quoted strings near their object', () => {
    const out = r.restore({ start: 2, end: 4, text: view.slice(2, 4), unit: '户', label: '入境旅客数目' });
    expect(out).toEqual({ start: 2, end: 4, text: '十月', unit: '户', label: '入境旅客數目' });
  });

  it('rebuilds a label joined from pieces of its clause, and leaves wenxi’s own words', () => {
    expect(r.find('入境旅客数目同月增加', 4)).toBe('入境旅客數目同月增加');
    expect(r.find('后来', 30)).toBe('後來');
    expect(r.restore({ category: 'people', date: '2004-10-01', sectionHeadings: ['后来', null] })).toEqual({
      category: 'people',
      date: '2004-10-01',
      sectionHeadings: ['後來', null],
    });
  });

  it('finds a keyword of a long section far from its start', () => {
    const long = '今年入境旅客增加。'.repeat(2000) + '後來再增加。';
    const far = new Restorer(long, toSimplifiedAligned(long));
    expect(far.restore({ start: 0, end: 10, keywords: [{ word: '后来', weight: 1 }] })).toEqual({
      start: 0,
      end: 10,
      keywords: [{ word: '後來', weight: 1 }],
    });
  });

  it('slices a field by its own span when it has one (meta.title and titleSpan)', () => {
    // the same view text stands twice, written differently: the span says which
    const mixed = '後來的事。后来的事。';
    const m = new Restorer(mixed, toSimplifiedAligned(mixed));
    expect(m.restore({ title: '后来', titleSpan: { start: 5, end: 7 } }).title).toBe('后来');
    expect(m.restore({ title: '后来' }).title).toBe('後來');
  });
});
