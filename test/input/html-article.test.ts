import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/index.js';
import { htmlArticleToText } from '../../src/input/html.js';
import { sourceFromString } from '../../src/input/source.js';
import { readFileSync } from 'node:fs';
import { checkOffsets, fixture, topHeadings } from '../article/helpers.js';

const body = [
  '<p>2022年，全市上下坚持稳中求进，圆满完成年度主要目标任务，经济社会发展迈出新步伐，取得新成效。</p>',
  '<p>一、综合</p>',
  '<p>初步核算，全年实现地区生产总值3473.12亿元，按可比价计算，同比增长5.3%。其中，第一产业增加值351.34亿元，增长3.9%。</p>',
  '<p>二、农业</p>',
  '<p>全年农业总产值613.22亿元，按可比价计算，同比增长4.3%。粮食播种面积921.58万亩，比上年增加0.99万亩，增长0.1%。</p>',
].join('\n');

const page = (meta: string, articleHead: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">${meta}
<title>某市2022年统计公报 _ 中国某市</title></head><body>
<div class="header"><a href="/"><h1 id="bm-name">某市人民政府</h1></a>
<ul class="nav"><li><a href="/a">首页</a></li><li><a href="/b">政务公开</a></li><li><a href="/c">政务服务</a></li><li><a href="/d">互动交流</a></li></ul></div>
<div class="main"><div class="crumb">当前位置：首页 &gt; 统计公报</div>
${articleHead}
<div class="related">关联稿件：<a href="/x">某市2021年统计公报</a></div>
<div class="article-content" id="zoomcon">${body}</div></div>
<div class="footer"><p>版权所有：某市人民政府办公室</p><p>网站标识码3609000002</p></div></body></html>`;

describe('saved web pages through Readability', () => {
  it('takes the article title from <meta>, not the site banner, and its date from the article', () => {
    const html = page('<meta name="ArticleTitle" content="某市2022年统计公报"><meta name="PubDate" content="2023-05-16 12:34:10">', '<h1 class="article-title">某市2022年统计公报</h1>');
    const h = htmlArticleToText(html);
    expect(h.text.split('\n')[0]).toBe('某市2022年统计公报');
    expect(h.text).not.toMatch(/某市人民政府|关联稿件|首页|版权所有/);
    expect(h.hints).toMatchObject({ title: '某市2022年统计公报', date: '2023-05-16 12:34:10' });
    const a = buildArticle(sourceFromString('p.html', html, 'utf-8', 'html'));
    expect(a.meta.title).toBe('某市2022年统计公报');
    expect(a.meta.date).toBe('2023-05-16');
    expect(topHeadings(a)).toEqual(['一、综合', '二、农业']);
    checkOffsets(a);
  });

  it('prefers a date line in the article to the page metadata', () => {
    const dated = page('<meta name="PubDate" content="2023-05-16 12:34:10">', '').replace('<div class="article-content" id="zoomcon">', '<div class="article-content" id="zoomcon"><p>某市2022年统计公报</p><p>（2023年4月12日）</p>');
    const a = buildArticle(sourceFromString('p.html', dated, 'utf-8', 'html'));
    expect(a.meta.title).toBe('某市2022年统计公报');
    expect(a.meta.date).toBe('2023-04-12');
  });

  it('without <meta>, takes the <h1> the <title> repeats, not the banner <h1>', () => {
    const html = page('', '<h1 class="article-title">某市2022年统计公报</h1>');
    const a = buildArticle(sourceFromString('p.html', html, 'utf-8', 'html'));
    expect(a.meta.title).toBe('某市2022年统计公报');
    const noH1 = page('', '');
    expect(buildArticle(sourceFromString('p.html', noH1, 'utf-8', 'html')).meta.title).toBe('某市2022年统计公报');
  });

  it('nests <h3> under <h2> inside the article', () => {
    const para = '<p>全年实现地区生产总值3473.12亿元，按可比价计算，同比增长5.3%，经济运行总体平稳、稳中有进。</p>';
    const html = `<html><head><meta name="ArticleTitle" content="某市经济运行情况"></head><body><div class="header"><h1>某市人民政府</h1></div><article><h1>某市经济运行情况</h1>${para}<h2>工业</h2>${para}<h3>规模以上工业</h3>${para}<h2>服务业</h2>${para}${para}</article></body></html>`;
    const a = buildArticle(sourceFromString('n.html', html, 'utf-8', 'html'));
    expect(a.meta.title).toBe('某市经济运行情况');
    expect(a.sections.filter((s) => s.heading).map((s) => [s.heading, s.level])).toEqual([
      ['工业', 1],
      ['规模以上工业', 2],
      ['服务业', 1],
    ]);
  });

  it('keeps the info line between the headline and the content block (来源, 发布时间)', () => {
    const html = readFileSync(fixture('article-govsite.html'), 'utf8');
    const a = buildArticle(sourceFromString('g.html', html, 'utf-8', 'html'));
    expect(a.meta).toMatchObject({ title: '某市一季度经济运行稳中向好', date: '2023-04-20', source: '市统计局' });
    expect(topHeadings(a)).toEqual(['工业生产稳步回升', '消费市场持续回暖']);
    expect(a.source.text).not.toMatch(/首页|分享到|版权所有|打印本页/);
    checkOffsets(a);
  });

  it('reads article:published_time and falls back to the whole page when there is no main block', () => {
    const tiny = '<html><head><meta property="article:published_time" content="2021-01-01T08:00:00+08:00"></head><body><h1>短讯标题</h1><p>全市新增就业1.2万人。</p></body></html>';
    const a = buildArticle(sourceFromString('t.html', tiny, 'utf-8', 'html'));
    expect(a.meta.title).toBe('短讯标题');
    expect(a.meta.date).toBe('2021-01-01');
  });
});
