// Heading layouts on short texts written for these tests (fixtures/article-*).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/index.js';
import { htmlToText } from '../../src/input/html.js';
import { articleOf, checkOffsets, fixture, source, topHeadings } from './helpers.js';

describe('numbered work report', () => {
  const a = articleOf(fixture('article-workreport.txt'));
  const byHeading = (h: string) => a.sections.find((s) => s.heading === h)!;

  it('reads title and labelled date', () => {
    expect(a.meta.title).toBe('某县人民政府工作报告');
    expect(a.meta.date).toBe('2024-01-15');
  });
  it('builds the 一、 → （一） → 1. tree', () => {
    expect(topHeadings(a)).toEqual(['一、过去一年工作回顾', '二、2024年主要任务']);
    const two = byHeading('二、2024年主要任务');
    const inv = byHeading('（一）着力扩大有效投资');
    expect(inv.parent).toBe(two.index);
    expect(inv.level).toBe(2);
    const road = byHeading('1.加快交通建设');
    expect(road.parent).toBe(inv.index);
    expect(road.level).toBe(3);
    expect(byHeading('（二）着力保障改善民生').parent).toBe(two.index);
    // 1. ends where （二） begins; （一） ends there too
    expect(byHeading('2.加快水利建设').end).toBe(byHeading('（二）着力保障改善民生').start);
    expect(inv.end).toBe(byHeading('（二）着力保障改善民生').start);
  });
  it('keeps the salutation and lead in a heading-less first section', () => {
    expect(a.sections[0]!.heading).toBeNull();
    expect(a.sections[0]!.sentences.map((i) => a.sentences[i]!.text)).toEqual([
      '各位代表：',
      '现在，我代表县人民政府向大会报告工作，请予审议。',
    ]);
  });
  it('reads themes from the varying part of parallel siblings', () => {
    expect(byHeading('（一）坚持项目为王，产业发展提速增效').theme).toBe('项目为王');
    expect(byHeading('（二）坚持民生优先，群众生活持续改善').theme).toBe('民生优先');
    expect(byHeading('1.加快交通建设').theme).toBe('交通建设');
    expect(byHeading('2.加快水利建设').theme).toBe('水利建设');
    expect(byHeading('二、2024年主要任务').theme).toBe('主要任务');
  });
  it('counts descendants’ sentences in a parent but never heading lines', () => {
    const two = byHeading('二、2024年主要任务');
    const texts = two.sentences.map((i) => a.sentences[i]!.text);
    expect(texts).toContain('开工建设县乡公路80公里。');
    expect(texts.some((t) => t.startsWith('（一）') || t.startsWith('1.'))).toBe(false);
  });
  it('slices back', () => checkOffsets(a));
});

describe('Markdown', () => {
  const a = articleOf(fixture('article-markdown.md'), 'markdown');
  it('takes # as title and ## / ### as levels 1 and 2', () => {
    expect(a.meta.title).toBe('某市推进城市更新纪实');
    expect(a.sections.map((s) => [s.heading, s.level, s.parent])).toEqual([
      [null, 1, null],
      ['老旧小区焕新颜', 1, null],
      ['电梯加装进展', 2, 1],
      ['背街小巷变通途', 1, null],
    ]);
  });
  it('starts a section at its heading line, hashes included, so no heading is a sentence of the section before', () => {
    const texts = (i: number) => a.sections[i]!.sentences.map((k) => a.sentences[k]!.text);
    expect(texts(0)).toEqual(['今年以来，某市把城市更新作为扩内需、惠民生的重要抓手，全年计划投资45亿元。']);
    expect(texts(1)).toEqual(['全市改造老旧小区126个，惠及居民3.2万户。', '加装电梯210部。', '已完工电梯150部，其余正在施工。']);
    for (const s of a.sections) for (const k of s.sentences) expect(a.sentences[k]!.text.startsWith('#')).toBe(false);
  });
  it('reads the metadata line, the byline and the editor', () => {
    expect(a.meta).toMatchObject({ date: '2023-06-08', source: '某市日报', author: '王小明、李华', editor: '张三' });
    expect(a.sentences.some((s) => /责任编辑|来源/.test(s.text))).toBe(false);
  });
  it('slices back', () => checkOffsets(a));
});

describe('HTML heading lines', () => {
  const text = '标题在这里\n第一段正文，说明情况。\n小标题甲\n正文甲，内容较长的一段话。\n小标题乙\n正文乙，内容较长的一段话。';
  it('uses the marked lines as headings and ignores unmarked short lines', () => {
    const a = buildArticle(source(text, 'html', [0, 2]));
    expect(a.meta.title).toBe('标题在这里');
    expect(topHeadings(a)).toEqual(['小标题甲']);
    checkOffsets(a);
  });
  it('without marks, falls back to the layout of the text', () => {
    const a = buildArticle(source(text, 'html', []));
    expect(topHeadings(a)).toEqual(['小标题甲', '小标题乙']);
  });
});

describe('article without headings', () => {
  const a = articleOf(fixture('article-plain.txt'));
  it('is one heading-less section over the whole body', () => {
    expect(a.meta.title).toBe('春节假期全市旅游市场平稳有序');
    expect(a.sections).toHaveLength(1);
    const s = a.sections[0]!;
    expect(s).toMatchObject({ index: 0, level: 1, parent: null, heading: null, headingSpan: null, theme: null });
    expect(s.sentences).toEqual(a.sentences.map((_, i) => i));
    expect(s.start).toBe(a.body[0]!.start);
    expect(s.end).toBe(a.body[a.body.length - 1]!.end);
  });
  it('splits sentences at 。 and keeps quotes with their sentence', () => {
    expect(a.sentences.map((s) => s.text)).toEqual([
      '春节假期，全市共接待游客128.6万人次，同比增长15.3%。',
      '实现旅游收入9.8亿元。',
      '各景区严格落实安全责任，未发生重大安全事故。',
      '“假期里人多但不乱。”',
      '一位游客说。',
      '文旅部门表示，下一步将继续提升服务质量。',
    ]);
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 1, 2]);
  });
});

describe('negatives', () => {
  it('a single short line is not a heading structure', () => {
    const a = buildArticle(source('标题\n正文第一段，很长很长的内容。\n孤立短行\n正文第二段，内容也很长很长。'));
    expect(topHeadings(a)).toEqual([]);
  });
  it('photo captions and run-in leads are not headings', () => {
    const a = buildArticle(
      source('新闻标题\n导语一段，介绍了整体情况。\n图为工人正在施工\n正文一段，内容较长的一段话。\n一是加快建设进度\n正文二段，内容较长的一段话。'),
    );
    expect(topHeadings(a)).toEqual([]);
  });
  it('a numbered paragraph of several sentences is not a heading', () => {
    const a = buildArticle(source('标题\n导语。\n1.第一项工作。内容很多很多。\n2.第二项工作。内容很多很多。'));
    expect(topHeadings(a)).toEqual([]);
  });
  it('a date in the narrative is not the article date', () => {
    const a = buildArticle(source(readFileSync(fixture('article-plain.txt'), 'utf8') + '\n2019年6月19日正式开工建设。'));
    expect(a.meta.date).toBeNull();
  });
});

describe('article opening on its first parallel heading', () => {
  it('does not take the first heading as the title', () => {
    const text = [
      '坚持项目为王，推动产业提质',
      '全年新签约项目32个，总投资86亿元。',
      '坚持民生优先，办好群众实事',
      '新增城镇就业4200人，改造老旧小区15个。',
      '坚持改革创新，优化营商环境',
      '办理审批事项1.2万件，平均用时缩短40%。',
    ].join('\n');
    const a = buildArticle(source(text));
    expect(a.meta.title).toBeNull();
    expect(topHeadings(a)).toHaveLength(3);
    expect(a.sections.map((s) => s.theme)).toEqual(['项目为王', '民生优先', '改革创新']);
  });
});

describe('HTML through the input stage', () => {
  it('reads <h1> as title and <h2> as sections, with furniture outside the article', async () => {
    const { sourceFromString } = await import('../../src/input/source.js');
    const html =
      '<html><body><div>您的位置：首页 &gt; 要闻</div><h1>某区召开经济工作会议</h1><p>发布日期：2022年12月28日</p>' +
      '<p>会议总结了全年工作，部署了明年任务。</p><h2>全年经济稳中有进</h2><p>地区生产总值增长6.1%，达到320亿元。</p>' +
      '<h2>明年重点抓好三件事</h2><p>一是扩大投资，二是稳定就业，三是改善民生。</p><p>分享到：微信 微博</p></body></html>';
    const a = buildArticle(sourceFromString('x.html', html, 'utf-8', 'html'));
    expect(a.meta.title).toBe('某区召开经济工作会议');
    expect(a.meta.date).toBe('2022-12-28');
    expect(topHeadings(a)).toEqual(['全年经济稳中有进', '明年重点抓好三件事']);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['navigation', 'meta', 'footer']);
    checkOffsets(a);
  });
});

describe('a government site page (HTML written for this test)', () => {
  const { text, headingLines } = htmlToText(readFileSync(fixture('article-govsite.html'), 'utf8'));
  const a = buildArticle({ path: 'p.html', encoding: 'utf-8', format: 'html', text, headingLines });
  it('the site menu is navigation and the <h1> is the title', () => {
    expect(a.boilerplate.find((b) => b.text.startsWith('首页 |'))?.kind).toBe('navigation');
    expect(a.meta.title).toBe('某市一季度经济运行稳中向好');
    expect(a.meta).toMatchObject({ date: '2023-04-20', source: '市统计局' });
  });
  it('with only the title marked, bold subheads are found by layout', () => {
    expect(topHeadings(a)).toEqual(['工业生产稳步回升', '消费市场持续回暖']);
  });
  it('keeps the footer out of the body', () => {
    expect(a.sentences.some((s) => /版权所有|打印本页|分享到/.test(s.text))).toBe(false);
  });
});

describe('related links at the end of a page', () => {
  const text = [
    '某地举行秋季招聘会',
    '本报讯 10月12日，某地举行秋季大型招聘会，120家企业提供岗位3500个，现场达成意向1200人。',
    '招聘会持续到下午四点，求职者络绎不绝。',
    '相关新闻：',
    '某地出台稳就业十条措施',
    '某地高校毕业生就业率创新高',
  ].join('\n');
  const a = buildArticle(source(text));
  it('the opener and the link titles after it are boilerplate, the article stays body', () => {
    const boiler = a.boilerplate.map((b) => b.text);
    expect(boiler).toEqual(expect.arrayContaining(['相关新闻：', '某地出台稳就业十条措施', '某地高校毕业生就业率创新高']));
    expect(a.sentences.map((s) => s.text)).toContain('招聘会持续到下午四点，求职者络绎不绝。');
  });
});
