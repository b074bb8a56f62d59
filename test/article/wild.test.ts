// One rule per block, on short texts written for it, negatives beside positives.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/index.js';
import { stripFootnotes } from '../../src/article/footnotes.js';
import { findHeadings } from '../../src/article/headings.js';
import { splitLines } from '../../src/article/lines.js';
import { isGluedTable } from '../../src/article/tables.js';
import { sliceCodePoints } from '../../src/text/codepoints.js';
import { checkOffsets, source, topHeadings } from './helpers.js';

const article = (text: string) => buildArticle(source(text));
const lines = (...xs: string[]) => xs.join('\n');

describe('report front matter', () => {
  it('splits a title glued to its subtitle and speaker, and reads date and author from them', () => {
    const a = article(lines('政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强', '各位代表：', '现在，我代表国务院，向大会报告政府工作。'));
    expect(a.meta).toMatchObject({ title: '政府工作报告', date: '2024-03-05', author: '李强' });
    expect(a.sentences.some((s) => s.text.includes('李强'))).toBe(false);
    checkOffsets(a);
  });
  it('reads subtitle, speaker and a bracketed note on their own lines as metadata', () => {
    const a = article(lines('某省政府工作报告', '——2023年1月16日在某省第十四届人民代表大会第一次会议上', '省长 王某某', '（根据录音整理）', '各位代表：过去一年，全省生产总值增长5.2%。'));
    expect(a.meta).toMatchObject({ title: '某省政府工作报告', date: '2023-01-16', author: '王某某' });
    expect(a.sentences.map((s) => s.text).join('')).not.toMatch(/王某某|整理|会议上/);
  });
  it('keeps a dash inside a headline that is not a dated subtitle', () => {
    const a = article(lines('乡村振兴——来自某县的调查', '近日，记者走访了某县的多个村庄，全县新建道路120公里。'));
    expect(a.meta.title).toBe('乡村振兴——来自某县的调查');
    expect(a.meta.date).toBeNull();
  });
  it('takes an issuer line for metadata, not a heading', () => {
    const a = article(lines('某市2022年统计公报', '某市统计局  国家统计局某市调查队', '（2023年4月12日）', '一、综合', '全年地区生产总值3473亿元，增长5.3%。', '二、农业', '全年农业总产值613亿元，增长4.3%。'));
    expect(topHeadings(a)).toEqual(['一、综合', '二、农业']);
    expect(a.meta.date).toBe('2023-04-12');
    expect(a.meta.author).toBeNull();
  });
  it('takes a lone organisation name for a heading unless it stands right under the title', () => {
    const a = article(lines('某区便民服务纪实', '今年以来，某区便民服务工作成效明显，群众办事更方便了。', '市民服务中心', '中心设立综合窗口48个，全年办件12万件。', '社区服务驿站', '全区建成社区服务驿站36个，服务群众8万人次。'));
    expect(topHeadings(a)).toEqual(['市民服务中心', '社区服务驿站']);
  });
});

describe('footnote markers', () => {
  it('drops them from the title, and the title span stops before them', () => {
    const a = article(lines('某省2022年统计公报[1]', '2023年3月28日', '全年地区生产总值[2]32074.7亿元，比上年增长4.7%。'));
    expect(a.meta.title).toBe('某省2022年统计公报');
    checkOffsets(a);
  });
  it('stripFootnotes removes markers for labels but leaves other brackets', () => {
    expect(stripFootnotes('地区生产总值[2]')).toBe('地区生产总值');
    expect(stripFootnotes('统计公报［1］')).toBe('统计公报');
    expect(stripFootnotes('[图]现场')).toBe('[图]现场');
  });
});

describe('numbered and captioned lines', () => {
  const bulletin = lines(
    '某省统计公报',
    '01综合',
    '全年地区生产总值32074.7亿元，比上年增长4.7%。',
    '表1  2022年年末常住人口数及其构成',
    '02农业',
    '全年农林牧渔业总产值4223.8亿元，比上年增长4.3%。',
    '单位：万人',
    '03工业',
    '全年全部工业增加值11770.3亿元，比上年增长5.5%。',
  );
  it('reads zero-padded glued numbers as headings and captions as body', () => {
    expect(topHeadings(article(bulletin))).toEqual(['01综合', '02农业', '03工业']);
  });
  it('does not read counts at line starts as numbering without the zero padding', () => {
    const text = lines('某县新闻', '今年以来，全县招商工作成效明显，签约项目增多。', '12家企业入驻园区', '今年新签约的企业中，制造业占六成，总投资50亿元。', '20名干部下沉一线', '全县抽调干部下沉一线，帮助企业解决难题36个。');
    const ls = splitLines(text);
    const found = findHeadings(ls, ls.map((_, i) => i).slice(1), 'text', new Set());
    expect(found.filter((h) => h.source === 'arabic-glued')).toEqual([]);
    const padded = lines('某省统计公报', '11文化旅游', '年末共有公共图书馆114个。', '12资源环境', '全年完成人工造林101.2万亩。');
    const pl = splitLines(padded);
    expect(findHeadings(pl, [1, 2, 3, 4], 'text', new Set()).filter((h) => h.source === 'arabic-glued')).toEqual([]);
  });
  it('does not take photo captions near the top for headings', () => {
    const a = article(
      lines('某市举行项目集中签约仪式', '签约活动现场', '近日，某市举行重大项目集中签约仪式，共签约项目32个，总投资186亿元。', '（从左至右）张三、李四、王五', '据介绍，此次签约项目涵盖新能源、新材料等领域。'),
    );
    expect(topHeadings(a)).toEqual([]);
  });
  it('keeps headings with caption-like endings further down', () => {
    const body = '今年以来，全区各项工作稳步推进，取得了明显成效，群众满意度持续提升。';
    const a = article(lines('某区纪委工作纪实', body, body, body, body, body, body, '强化监督检查', '全年开展专项检查36次，发现问题120个，已整改115个。', '深化宣传教育', '全年举办警示教育活动24场，覆盖党员干部8000人次。'));
    expect(topHeadings(a)).toEqual(['强化监督检查', '深化宣传教育']);
  });
});

describe('two-level themed structure', () => {
  const text = lines(
    '某区召开经济工作会议',
    '会议指出，今年要重点答好两张答卷。',
    '答好“发展卷”',
    '（一）抓项目建设',
    '全年新开工项目45个，完成投资120亿元。',
    '（二）抓招商引资',
    '签约项目30个，总投资80亿元。',
    '答好“民生卷”',
    '（一）抓就业',
    '新增城镇就业1.2万人。',
    '（二）抓教育',
    '新建学校5所，新增学位6000个。',
  );
  it('puts the themed headings at the top and nests the （一） items under each', () => {
    const a = article(text);
    expect(topHeadings(a)).toEqual(['答好“发展卷”', '答好“民生卷”']);
    const nested = a.sections.filter((s) => s.level === 2).map((s) => [s.heading, a.sections[s.parent!]!.heading]);
    expect(nested).toEqual([
      ['（一）抓项目建设', '答好“发展卷”'],
      ['（二）抓招商引资', '答好“发展卷”'],
      ['（一）抓就业', '答好“民生卷”'],
      ['（二）抓教育', '答好“民生卷”'],
    ]);
  });
  it('leaves （一） items at the top when no themed line holds them', () => {
    const a = article(lines('某区召开经济工作会议', '会议部署了今年的重点工作。', '（一）抓项目建设', '全年新开工项目45个，完成投资120亿元。', '（二）抓就业', '新增城镇就业1.2万人。'));
    expect(topHeadings(a)).toEqual(['（一）抓项目建设', '（二）抓就业']);
  });
});

describe('flattened tables', () => {
  it('marks a run of one-cell lines as a table, keeps it out of headings', () => {
    const a = article(
      lines('某县统计快报', '全县主要指标完成情况如下。', '指标', '单位', '绝对数', '增速', '地区生产总值', '亿元', '245.6', '5.1', '一、农业', '全年粮食产量35.2万吨，增长1.2%。', '二、工业', '规模以上工业增加值增长6.3%。'),
    );
    expect(topHeadings(a)).toEqual(['一、农业', '二、工业']);
    const t = a.tables!.map((s) => sliceCodePoints(a.source.text, s.start, s.end));
    expect(t).toEqual(['指标\n单位\n绝对数\n增速\n地区生产总值\n亿元\n245.6\n5.1']);
  });
  it('does not mark short headings with running text between them', () => {
    const a = article(lines('某镇概况', '一、基本情况', '全镇面积388平方公里，辖20个行政村。', '二、资源情况', '境内河流35条，总蓄水量107万立方米。'));
    expect(a.tables).toEqual([]);
  });
  it('tells a table glued into one line from prose', () => {
    expect(isGluedTable('当前收费调整情况青岛无南昌无大连无苏州无深圳2.00元/运次鹰潭市无常熟市无桂林1.00元/运次福州2.00元/运次厦门3.00元/运次')).toBe(true);
    expect(isGluedTable('全年粮食产量2151.9万吨，比上年减产1.8%。油料产量137.5万吨，增产5.0%。蔬菜及食用菌产量1786.9万吨，增产3.3%。')).toBe(false);
  });
});

describe('wire copy', () => {
  it('reads the dateline and bracketed byline after a glued sub-headline', () => {
    const a = article(lines('某市拟拨款3亿元救助大病患者', '代表们建言献策。11种大病明年有望获二次报销本报讯（记者赵鹏　文静）市人社局负责人昨天透露，明年将拿出约3亿元。'));
    expect(a.meta.author).toBe('赵鹏、文静');
  });
  it('reads an open byline ending in 报道', () => {
    const a = article(lines('某市将推绿化管理条例', '某市下月起实施新条例新快报讯　记者　罗琼　实习生　葛晶　报道　施工不当损伤树木，即罚2万－10万元。'));
    expect(a.meta.author).toBe('罗琼、葛晶');
  });
  it('dates a month-day dateline by the year the item states for that month, else as written', () => {
    const withYear = article(lines('某地出租车燃油费下调', '中国经济网7月18日讯　某市出租车燃油附加费2012年7月20日下调到1元，其他城市暂不调整。'));
    expect(withYear.meta.date).toBe('2012-07-18');
    const without = article(lines('某地出租车燃油费下调', '新华社北京3月5日电　某市出租车燃油附加费下调到1元，其他城市暂不调整。'));
    expect(without.meta.date).toBe('--03-05');
  });
  it('stops the title at a dateline glued to the headline, and reads the dateline', () => {
    const a = article('两会代表热议政府工作报告新华社北京3月5日电　十四届全国人大二次会议5日开幕，代表们认真审议政府工作报告，全年经济增长预期目标为5%左右。');
    expect(a.meta.title).toBe('两会代表热议政府工作报告');
    expect(a.meta.date).toBe('--03-05');
    expect(a.sentences[0]!.text.startsWith('新华社北京3月5日电')).toBe(true);
    const b = article('出租车燃油费跟涨不跟跌中国经济网7月18日讯　随着国际油价的下落，国内成品油价格随之下调，但多数城市的出租车燃油附加费并未下调。');
    expect(b.meta.title).toBe('出租车燃油费跟涨不跟跌');
    // a headline that merely ends in a date is left whole
    const c = article(lines('某县召开7月18日防汛工作会议', '会议要求各乡镇落实防汛责任，全县转移群众1200人。'));
    expect(c.meta.title).toBe('某县召开7月18日防汛工作会议');
  });
  it('gives no date for a day without its month, and no author for narrative brackets', () => {
    const a = article(lines('某县召开座谈会', '27日，某县召开座谈会，与会代表（记者会上提问的代表除外）共30人参加。'));
    expect(a.meta.date).toBeNull();
    expect(a.meta.author).toBeNull();
  });
  it('cuts page markers out as furniture', () => {
    const a = article(lines('某地医保缴费年限互认', '［提要］　医保缴费年限将在各地互认，累计计算。［我来说两句］新京报讯　（记者韩宇明）国务院日前批转规划纲要。［详细］'));
    expect(a.boilerplate.filter((b) => b.kind === 'footer').map((b) => b.text)).toEqual(['［提要］', '［我来说两句］', '［详细］']);
    expect(a.sentences.some((s) => s.text.includes('［'))).toBe(false);
    expect(a.meta.author).toBe('韩宇明');
    checkOffsets(a);
  });
  it('takes a closing bracketed name for the author, a closing medium for none', () => {
    const named = article(lines('某地燃油费跟涨不跟跌', '专家表示，垄断行业主要看政府价格调整杠杆的作用了。”（王景亮）'));
    expect(named.meta.author).toBe('王景亮');
    const medium = article(lines('某地医保缴费年限互认', '医保异地接续三年内推行，各地将逐步统一标准。（京华时报）'));
    expect(medium.meta.author).toBeNull();
    const toBeContinued = article(lines('某地医保缴费年限互认', '医保异地接续三年内推行，各地将逐步统一标准。（待续）'));
    expect(toBeContinued.meta.author).toBeNull();
  });
});

describe('page ends', () => {
  const body = '財政司司長今日發表財政預算案，提出多項紓困措施，合共涉及約1200億元，惠及全港市民和中小企業。';
  it('takes a subscribe appeal near the end, and what follows it, for a footer', () => {
    const a = article(lines('預算案措施重點', body, body, body, '請加入成為本台的月費訂戶，長期支持我們的工作。', '月費訂戶 網址：example.com/subscribe'));
    expect(a.boilerplate.filter((b) => b.kind === 'footer').map((b) => b.text)).toEqual(['請加入成為本台的月費訂戶，長期支持我們的工作。', '月費訂戶 網址：example.com/subscribe']);
  });
  it('keeps a sentence about subscribers in the body', () => {
    const a = article(lines('某報發行量創新高', '今年該報新增訂戶12萬戶，歡迎讀者加入成為訂戶的活動將持續到年底。', body, body));
    expect(a.boilerplate.filter((b) => b.kind === 'footer')).toEqual([]);
  });
  it('does not take the end of a quoted name for a sign-off', () => {
    const a = article(lines('預算案措施重點', body, '預留約4.5億元讓律政司推行「願景2030」計劃'));
    expect(a.meta.author).toBeNull();
    const signed = article(lines('某地新聞', body, '全年新增就業1.2萬人。郭晉暉'));
    expect(signed.meta.author).toBe('郭晉暉');
  });
});
