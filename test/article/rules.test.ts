// Spec tables for the line rules: input → expected, negatives beside positives.
import { gluedHeadline } from '../../src/article/title.js';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/article/classify.js';
import { findDate } from '../../src/article/date.js';
import { datelineAuthor, signOff } from '../../src/article/meta.js';
import { splitLines } from '../../src/article/lines.js';
import { quotedTheme, phraseTheme } from '../../src/article/theme.js';
import { bylineNames } from '../../src/article/labels.js';

const kindOf = (line: string) => classifyLines(splitLines(line), 1)[0]?.kind ?? null;

describe('boilerplate line kinds', () => {
  it.each([
    ['当前位置:看浙里 >', 'navigation'],
    ['您现在的位置：首页 > 新闻中心 > 正文', 'navigation'],
    ['首页 > 时政 > 地方', 'navigation'],
    ['责任编辑：张三', 'editor'],
    ['（责任编辑：李四）', 'editor'],
    ['校对：王五', 'editor'],
    ['版权所有 © 2020 某某网', 'copyright'],
    ['未经本网书面授权，不得转载', 'copyright'],
    ['转载请注明来源', 'copyright'],
    ['扫一扫在手机打开当前页', 'footer'],
    ['分享到：微信 微博', 'footer'],
    ['返回顶部', 'footer'],
    ['【打印】【关闭】', 'footer'],
    ['Top', 'footer'],
    ['发布时间：2011-04-25', 'meta'],
    ['2020-01-31 06:43 来源：新华网', 'meta'],
    ['文/李希平', 'meta'],
    ['本报记者 张三 通讯员 李四', 'meta'],
  ])('%s → %s', (line, kind) => expect(kindOf(line)).toBe(kind));

  it.each([
    '答好“学习卷”,促党员干部学思践悟',
    '打造政务新媒体矩阵',
    '我们的时间：是人民给的，要用来为人民服务，不能浪费一分一秒，这是每位干部应有的自觉和担当。',
    '记者从市统计局获悉，全市经济运行稳中有进。',
    '一、基本情况',
    '新签约项目32个，总投资86亿元。',
  ])('%s is body', (line) => expect(kindOf(line)).toBeNull());

  it('a 声明 opener in the second half takes the rest of the page', () => {
    const text = '正文第一段，很长的一段正文内容。\n正文第二段，也是很长的一段正文。\n声明：\n1、本网所有稿件未经允许不得转载。\n2、部分内容来自网络\n联系电话 010-12345678';
    const kinds = classifyLines(splitLines(text), text.length).map((r) => r?.kind ?? null);
    expect(kinds).toEqual([null, null, 'copyright', 'copyright', 'copyright', 'copyright']);
  });
  it('a 声明 line near the top does not swallow the article', () => {
    const text = '声明：\n正文第一段，很长的一段正文内容，写了很多很多字，介绍情况。\n正文第二段，也是很长的一段正文，写了很多很多字。';
    const kinds = classifyLines(splitLines(text), text.length).map((r) => r?.kind ?? null);
    expect(kinds.slice(1)).toEqual([null, null]);
  });
});

describe('dates', () => {
  it.each([
    ['发布时间:2020-01-31 6:43:28', '2020-01-31'],
    ['2020年1月31日', '2020-01-31'],
    ['2020/1/31', '2020-01-31'],
    ['2020.1.31', '2020-01-31'],
    ['２０２０年１月３１日', '2020-01-31'],
    ['二〇二〇年一月三十一日', '2020-01-31'],
    ['2019年2月30日', null],
    ['2019年', null],
    ['1—7月', null],
  ])('%s → %s', (s, iso) => expect(findDate(s)?.iso ?? null).toBe(iso));
});

describe('bylines', () => {
  it.each([
    ['郭华平 黄晓平 本报记者 鄢朝晖', ['郭华平', '黄晓平', '鄢朝晖']],
    ['记者 王小明 通讯员 李华', ['王小明', '李华']],
    ['张三、李四', ['张三', '李四']],
  ])('%s', (s, names) => expect(bylineNames(s).names).toEqual(names));
  it('reads the reporter from a dateline', () => {
    expect(datelineAuthor('本报讯（记者 张三 通讯员 李四）近日，某市召开会议。')).toBe('张三、李四');
    expect(datelineAuthor('近日，某市召开会议（记者会上宣布）。')).toBeNull();
  });
  it('reads a sign-off after the last sentence, not a closing word', () => {
    expect(signOff('逐步缩小城乡之间的差距。郭晋晖')?.author).toBe('郭晋晖');
    expect(signOff('这是最后一句。（记者 赵六）')?.author).toBe('赵六');
    expect(signOff('这是最后一句。（完）')).toBeNull();
    expect(signOff('实现低碳经济目标。记者 肖明')?.author).toBe('肖明');
    expect(signOff('会议圆满结束。本报记者 王五 通讯员 赵六')?.author).toBe('王五、赵六');
    expect(signOff('他当了十年记者。')).toBeNull();
    expect(signOff('共同谱写发展新篇章！')).toBeNull();
  });
});

describe('themes', () => {
  it.each([
    ['答好“学习卷”,促党员干部学思践悟', '学习'],
    ['【固定资产投资】', '固定资产投资'],
    ['奏响“三农”最强音', '三农'],
    ['念好“山字经”', '山字经'],
  ])('quoted: %s → %s', (h, t) => expect(quotedTheme(h)).toBe(t));
  it('has no quoted theme without a short quote', () => {
    expect(quotedTheme('饮水工程让山民喝上干净水')).toBeNull();
    expect(quotedTheme('坚持“以人民为中心的发展思想不动摇”')).toBeNull();
  });
  it.each([
    ['基本情况', '基本情况'],
    ['2018年工作回顾', '工作回顾'],
    ['继续创新和完善宏观调控，确保经济运行在合理区间。', '宏观调控'],
    ['饮水工程让山民喝上干净水', '饮水工程'],
  ])('phrase: %s → %s', (h, t) => expect(phraseTheme(h)).toBe(t));
});

describe('a headline glued to its lead', () => {
  const split = (t: string) => {
    const k = gluedHeadline(t);
    return k === null ? null : t.slice(0, k);
  };
  it('splits where the lead opens with a date or restates the headline', () => {
    expect(split('某市今年新开工重点项目120个3月，某市新开工重点项目120个，总投资达到了350亿元，比去年同期增长了百分之二十左右，全年计划完成投资额超过五百亿元。')).toBe(
      '某市今年新开工重点项目120个',
    );
    expect(split('省农业厅：春播粮食面积稳中有增今年以来全省春播粮食面积稳中有增，省农业厅有关负责人介绍说春播粮食面积稳中有增的势头已经形成，各地正在抓紧备耕备种。')).toBe(
      '省农业厅：春播粮食面积稳中有增',
    );
  });
  it('leaves ordinary lead paragraphs alone', () => {
    expect(split('“不忘初心、牢记使命”主题教育开展以来，某经济开发区坚持问需于民，边学边改，以学促干，将主题教育成果转化为推动发展的强大动力，取得了实实在在的成效。')).toBeNull();
    expect(split('过去一年是全面贯彻党的十九大精神开局之年，是本届政府依法履职第一年，我国发展面临多年少有的国内外复杂严峻形势，经济出现新的下行压力。')).toBeNull();
    expect(split('短行不拆。')).toBeNull();
  });
});
