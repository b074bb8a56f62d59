// Layout rules on items placed by hand: one rule per test.
import { describe, expect, it } from 'vitest';
import { layoutPages, type PdfItem, type PdfPage } from '../../src/input/pdf-layout.js';

const W = 595;
const H = 842;
/** An item as a PDF producer writes it: CJK one em wide, ASCII half an em. */
function item(str: string, x: number, y: number, size = 12, bold = false): PdfItem {
  const width = [...str].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1) * size, 0);
  return { str, x, y, width, size, bold };
}
const page = (items: PdfItem[]): PdfPage => ({ width: W, height: H, items });
/** Lines of a text column: left 72, right 72 + 30 em, pitch 18. */
const column = (lines: string[], top = 760, left = 72, indentFirst: boolean[] = []) =>
  lines.map((l, i) => item(l, left + (indentFirst[i] ? 24 : 0), top - i * 18));

describe('PDF layout', () => {
  it('joins wrapped Chinese lines without inserting anything, even inside a number', () => {
    const a = '近年来，该县把民生工程实实在在地办成民心工程。目前，该县投资3';
    const b = '156万元实施了7项农饮工程。';
    const r = layoutPages([page(column([a, b]))]);
    expect(r.text).toBe(a + b);
  });

  it('starts a paragraph at an indent, after a short last line, and after a wide gap', () => {
    const full = '该县采取积极的扶持政策，精准发力，为创业者提供贷款扶持、创业培训、社保补贴等服';
    const items = [
      ...column([full, '务。'], 760),
      ...column([full, '务。'], 724, 72, [true, false]),
      item(full, 72, 650),
      item('务。', 72, 632),
    ];
    const r = layoutPages([page(items)]);
    expect(r.text.split('\n')).toEqual([full + '务。', full + '务。', full + '务。']);
  });

  it('marks larger type as a heading line and keeps it apart from the body', () => {
    const items = [
      item('饮水工程让山民喝上干净水', 72, 780, 16),
      ...column(['原来，上屋组地处偏僻，只有9户人家，祖祖辈辈只能从一口水塘取水。'], 750),
      item('多轮驱动广铺就业创业路', 72, 700, 16),
      ...column(['据统计，该县今年新增创业人员5000多人。'], 670),
    ];
    const r = layoutPages([page(items)]);
    expect(r.headingLines).toEqual([0, 2]);
    expect(r.text.split('\n')[2]).toBe('多轮驱动广铺就业创业路');
  });

  it('drops page numbers and running headers, and carries a paragraph over the page break', () => {
    const full = '在全球经济和各主要股票市场遭受重创后，或将迎来新一轮长期投资机会，投资者对此应有';
    const pageOf = (n: number, body: PdfItem[]) =>
      page([item('财经周刊（测试用版式）', 72, 800, 9), ...body, item(`— ${n} —`, 280, 40, 9)]);
    const r = layoutPages([
      pageOf(1, column([full, full], 760)),
      pageOf(2, column(['清醒认识。', '另起一段。'], 760, 72, [false, true])),
    ]);
    expect(r.text.split('\n')).toEqual([full + full + '清醒认识。', '另起一段。']);
    expect(r.text).not.toMatch(/财经周刊|—/);
  });

  it('reads two columns left then right, under a title that spans both', () => {
    const left = Array.from({ length: 8 }, (_, i) => `左栏第${i + 1}行文字内容`);
    const right = Array.from({ length: 8 }, (_, i) => `右栏第${i + 1}行文字内容`);
    const items = [
      item('跨栏的大标题：两栏版式的阅读顺序', 150, 800, 18),
      ...left.map((l, i) => item(l, 60, 760 - i * 18)),
      ...right.map((l, i) => item(l, 320, 760 - i * 18)),
    ];
    const r = layoutPages([page(items)]);
    const text = r.text.replace(/\n/g, '');
    expect(text.indexOf('左栏第8行')).toBeLessThan(text.indexOf('右栏第1行'));
    expect(text.indexOf('跨栏的大标题')).toBe(0);
    expect(r.headingLines).toEqual([0]);
  });

  it('reads columns whose baselines do not line up', () => {
    const left = Array.from({ length: 9 }, (_, i) => item(`左栏第${i + 1}行文字内容`, 60, 760 - i * 18));
    const right = Array.from({ length: 7 }, (_, i) => item(`右栏第${i + 1}行文字内容`, 320, 751 - i * 22));
    const text = layoutPages([page([...left, ...right])]).text.replace(/\n/g, '');
    expect(text.indexOf('左栏第9行')).toBeLessThan(text.indexOf('右栏第1行'));
    expect(text.indexOf('右栏第1行')).toBeLessThan(text.indexOf('右栏第2行'));
  });

  it('puts a word space between Latin items and none between Han items', () => {
    const r = layoutPages([page([item('官方微信', 72, 760), item('Top', 72 + 48 + 3, 760), item('10', 72 + 48 + 3 + 18 + 3, 760)])]);
    expect(r.text).toBe('官方微信Top 10');
  });
});

describe('PDF layout: a sentence that fills its line', () => {
  it('ends its paragraph before a numbered line', () => {
    const full = '柳河镇旅游资源丰富，近年来围绕发展全域旅游产业，逐步构建起产业发展格局。';
    const r = layoutPages([page(column([full, '2.农业资源', '柳河镇农业资源丰富。']))]);
    expect(r.text.split('\n')).toEqual([full, '2.农业资源', '柳河镇农业资源丰富。']);
  });
});

describe('PDF layout: headings and footnotes', () => {
  it('joins a centred heading that wraps, and keeps a title apart from its subtitle', () => {
    const full = '近年来，该县始终把促进就业创业摆在民生工作的突出位置，坚持多点支撑、多轮驱';
    const body = column([full, full, full, '动。'], 640);
    const r = layoutPages([
      page([
        item('关于进一步做好新形势下就业创业工作促进群众增收的实施意见', 62, 780, 18),
        item('（征求意见稿）', 240, 756, 18),
        item('（二〇二〇年一月）', 220, 700, 18),
        item('第二次修订', 250, 676, 18),
        ...body,
      ]),
    ]);
    const lines = r.text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['关于进一步做好新形势下就业创业工作促进群众增收的实施意见（征求意见稿）', '（二〇二〇年一月）', '第二次修订']);
    expect(r.headingLines).toEqual([0, 1, 2]);
  });

  it('moves footnotes at the foot of a page to the end, so a paragraph runs on over the page break', () => {
    const full = '在全球经济和各主要股票市场遭受重创后，或将迎来新一轮长期投资机会，投资者对此应有';
    const p1 = page([...column([full, full], 760), item('① 数据来源：银河证券基金研究中心。', 72, 60, 9)]);
    const p2 = page(column(['清醒认识。'], 760));
    expect(layoutPages([p1, p2]).text.split('\n')).toEqual([full + full + '清醒认识。', '① 数据来源：银河证券基金研究中心。']);
  });
});

describe('PDF layout: tables', () => {
  it('a line of cells far apart is a table row: its own line, marked, never a heading', () => {
    const full = '今年以来，全镇实施民生项目两大类，各项目进展如下，投资总额达到了八千六百万元以';
    const r = layoutPages([
      page([
        ...column([full, '上。'], 760),
        item('基础设施', 72, 700, 16),
        item('进展', 300, 700, 16),
        item('道路硬化工程', 72, 682),
        item('投资860万元', 300, 682),
      ]),
    ]);
    expect(r.text.split('\n')).toEqual([full + '上。', '基础设施 进展', '道路硬化工程 投资860万元']);
    expect(r.tableLines).toEqual([1, 2]);
    expect(r.headingLines).toEqual([]);
  });
});
