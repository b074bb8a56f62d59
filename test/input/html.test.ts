import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/input/html.js';

describe('HTML to text', () => {
  const page = `<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style>
<script>var x = "投资999万元";</script></head><body>
<div class="nav">当前位置:首页 &gt; 新闻</div>
<h1>肥城经开区初心"四卷"加快动能转换</h1>
<p>先后投资860万元，<b>完成了</b>操场硬化。<br>建成“爱心超市”78处。</p>
<h2>答好“学习卷”</h2><ul><li>集中学习研讨6次</li><li>上党课3次</li></ul>
<noscript>请启用脚本</noscript></body></html>`;

  it('drops head, script and style, keeps blocks as lines and decodes entities', () => {
    const { text } = htmlToText(page);
    expect(text).not.toContain('999');
    expect(text).not.toContain('color');
    expect(text.split('\n')).toEqual([
      '当前位置:首页 > 新闻',
      '肥城经开区初心"四卷"加快动能转换',
      '先后投资860万元，完成了操场硬化。',
      '建成“爱心超市”78处。',
      '答好“学习卷”',
      '集中学习研讨6次',
      '上党课3次',
    ]);
  });

  it('reports h1–h4 lines as heading candidates', () => {
    const { text, headingLines } = htmlToText(page);
    const lines = text.split('\n');
    expect(headingLines.map((i) => lines[i])).toEqual(['肥城经开区初心"四卷"加快动能转换', '答好“学习卷”']);
  });
});

describe('HTML tables', () => {
  it('reads a row as one line of tab-separated cells and reports it as a table line', () => {
    const { text, tableLines } = htmlToText(
      '<p>全年主要指标如下。</p><table><tr><th>指标</th><th>绝对数</th></tr><tr><td><p>地区生产总值</p></td><td>3473.12亿元</td></tr></table><p>下一段。</p>',
    );
    const lines = text.split('\n');
    expect(lines).toEqual(['全年主要指标如下。', '指标\t绝对数', '地区生产总值\t3473.12亿元', '下一段。']);
    expect(tableLines!.map((i) => lines[i])).toEqual(['指标\t绝对数', '地区生产总值\t3473.12亿元']);
  });
});
