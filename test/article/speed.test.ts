// Guards against pathological slowness only (generous bounds); speed is measured in bench.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/index.js';
import { source } from './helpers.js';

const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

describe('pathological input', () => {
  it('1 MB on one line', () => {
    const text = '投资860万元，完成了操场硬化'.repeat(70000);
    let n = 0;
    expect(time(() => (n = buildArticle(source(text)).sections.length))).toBeLessThan(3000);
    expect(n).toBe(1);
  });
  it('100k short lines', () => {
    const text = Array.from({ length: 100000 }, (_, i) => (i % 3 ? '短行标题' : `${(i % 9) + 1}.项目`)).join('\n');
    expect(time(() => buildArticle(source(text)))).toBeLessThan(4000);
  });
  it('one long line of separators and marks', () => {
    const text = '>'.repeat(300000) + '。'.repeat(300000) + '“'.repeat(300000);
    expect(time(() => buildArticle(source(text)))).toBeLessThan(3000);
  });
});
