// Metadata labels are Simplified data (发布时间, 记者, 责任编辑); a Traditional
// article's labels (發佈時間, 記者, 責任編輯) match through its view and the
// values come back as written.
import { expect, it } from 'vitest';
import { sourceFromString } from '../../src/input/source.js';
import type { Analysis } from '../../src/pipeline/analysis.js';
import { makeProcessor } from '../../src/pipeline/tasks.js';

it('reads Traditional metadata lines, in the article’s own characters', async () => {
  const process = await makeProcessor('analyze', {});
  const text =
    '港府公佈新一輪防疫措施\n發佈時間：2025年1月14日 10:30\n記者 陳大文\n\n' +
    '政府今日公佈，將向全港中小企發放每間10萬元補貼，涉及約3萬間企業。\n\n衛生署表示，會增設20個檢測中心。\n\n責任編輯：李小明\n';
  const a = process(sourceFromString('news.txt', text, 'utf-8', 'text')) as Analysis;
  expect(a.meta).toMatchObject({ title: '港府公佈新一輪防疫措施', date: '2025-01-14', author: '陳大文', editor: '李小明' });
  expect(a.boilerplate.map((b) => b.text)).toEqual(['發佈時間：2025年1月14日 10:30', '記者 陳大文', '責任編輯：李小明']);
  // units are canonical Simplified, so corpus statistics merge; the text is as written
  expect(a.figures.map((f) => [f.text, f.unit])).toEqual([
    ['10萬元', '元'],
    ['3萬間', '间'],
    ['20個', '个'],
  ]);
});
