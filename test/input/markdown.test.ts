import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/index.js';
import { looksLikeMarkdown, markdownToText } from '../../src/input/markdown.js';
import { sourceFromString } from '../../src/input/source.js';
import { checkOffsets, topHeadings } from '../article/helpers.js';

const md = [
  '---',
  'title: 某市预算案要点',
  'date: 2020-02-26',
  'author: 记者甲',
  '---',
  '# 某市预算案要点',
  '',
  '**新一份预算案出炉，市民可享多项宽减措施，全年支出合共约660亿元。**',
  '',
  '**纾解民困：**',
  '',
  '- 18岁以上居民派发**1万元**',
  '- 宽减薪俸税，上限为2万元',
  '',
  '**中小企：**',
  '',
  '- 宽免商业登记费',
  '',
  '| 项目 | 金额 |',
  '|---|---|',
  '| 派钱 | 710亿元 |',
  '',
  '<figure><img src="x.jpg" alt=""></figure>',
].join('\n');

describe('Markdown through markdown-it', () => {
  it('gives text without markup, with headings, bold labels, list items and table rows as structure', () => {
    const m = markdownToText(md);
    const lines = m.text.split('\n');
    expect(lines).toEqual([
      '某市预算案要点',
      '新一份预算案出炉，市民可享多项宽减措施，全年支出合共约660亿元。',
      '纾解民困：',
      '18岁以上居民派发1万元',
      '宽减薪俸税，上限为2万元',
      '中小企：',
      '宽免商业登记费',
      '项目\t金额',
      '派钱\t710亿元',
    ]);
    expect(m.headingLines.map((i) => [lines[i], m.headingLevels[m.headingLines.indexOf(i)]])).toEqual([
      ['某市预算案要点', 1],
      ['纾解民困：', 7],
      ['中小企：', 7],
    ]);
    expect(m.listLines.map((i) => lines[i])).toEqual(['18岁以上居民派发1万元', '宽减薪俸税，上限为2万元', '宽免商业登记费']);
    expect(m.tableLines.map((i) => lines[i])).toEqual(['项目\t金额', '派钱\t710亿元']);
    expect(m.hints).toEqual({ title: '某市预算案要点', date: '2020-02-26', author: '记者甲' });
  });

  it('builds the article from the structure: # title, bold labels as headings, never list items or table rows', () => {
    const a = buildArticle(sourceFromString('a.md', md, 'utf-8', 'markdown'));
    expect(a.meta.title).toBe('某市预算案要点');
    expect(topHeadings(a)).toEqual(['纾解民困：', '中小企：']);
    expect(a.meta.date).toBe('2020-02-26');
    expect(a.tables!.length).toBe(1);
    expect(a.sentences.some((s) => /[*#|]/.test(s.text))).toBe(false);
    checkOffsets(a);
  });

  it('nests bold labels under ## headings', () => {
    const a = buildArticle(sourceFromString('b.md', '# 题目\n\n## 财政预算：\n\n**开支包括：**\n\n- 教育支出800亿元\n\n## 其他重点：\n\n预计录得盈余163亿元。\n', 'utf-8', 'markdown'));
    expect(topHeadings(a)).toEqual(['财政预算：', '其他重点：']);
    expect(a.sections.find((s) => s.heading === '开支包括：')!.level).toBe(2);
  });

  it('keeps source lines that stood alone (no blank lines between paragraphs), joins hard wraps', () => {
    const m = markdownToText('# 某镇概况\n\n一、基本情况\n全镇面积388平方公里。\n辖20个行政村。\n二、资源情况\n境内河流35条。\n');
    expect(m.text.split('\n')).toEqual(['某镇概况', '一、基本情况', '全镇面积388平方公里。', '辖20个行政村。', '二、资源情况', '境内河流35条。']);
    const wrapped = markdownToText('今年以来，全县坚持把招商引资作为经济工作的生命线，围绕主导产业和重点领域开展精准招商，新签约\n项目30个，总投资80亿元。\n');
    expect(wrapped.text).toBe('今年以来，全县坚持把招商引资作为经济工作的生命线，围绕主导产业和重点领域开展精准招商，新签约项目30个，总投资80亿元。');
    const a = buildArticle(sourceFromString('c.md', '# 某镇概况\n\n一、基本情况\n全镇面积388平方公里。\n二、资源情况\n境内河流35条。\n', 'utf-8', 'markdown'));
    expect(topHeadings(a)).toEqual(['一、基本情况', '二、资源情况']);
  });

  it('detects Markdown in a .txt only when a # title comes with Markdown syntax below', () => {
    expect(looksLikeMarkdown('# 题目\n\n- 一项措施\n- 二项措施\n')).toBe(true);
    expect(looksLikeMarkdown('# 题目\n\n**紓解民困：**\n')).toBe(true);
    expect(looksLikeMarkdown('# 题目\n\n正文只有一段，没有别的标记。\n')).toBe(false);
    expect(looksLikeMarkdown('某县新闻\n- 这行以短横开头\n**加粗**\n')).toBe(false);
    const s = sourceFromString('t.txt', '# 题目\n\n- 一项措施，投资5亿元\n', 'utf-8', null);
    expect(s.format).toBe('markdown');
    expect(s.text).toBe('题目\n一项措施，投资5亿元');
  });
});
