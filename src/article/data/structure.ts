// Cues of how real articles lay out their front matter and furniture beyond
// labelled metadata lines: report subtitles and speaker lines, issuer lines,
// table captions and notes, photo captions, wire datelines and bylines, page
// markers of news sites, footnote markers, and flattened tables.

/** Footnote markers glued to words: 统计公报[1], 地区生产总值[2]32074.7亿元. */
export const FOOTNOTE_MARK = /\[\d{1,2}\]|［[0-9０-９]{1,2}］|〔\d{1,2}〕/g;

/** A report's subtitle opens with a dash and states when and where it was given: ——2024年3月5日在…会议上. */
export const SUBTITLE_DASH = /(?:——|－－|--|—)\s*/;
/** How far into the subtitle its date must stand. */
export const SUBTITLE_DATE_WITHIN = 4;

/** Office titles a speaker line names before the speaker (国务院总理 李强, 省长 王某某). */
export const SPEAKER_TITLES = [
  '总理', '副总理', '省长', '副省长', '市长', '副市长', '县长', '副县长', '区长', '州长', '盟长', '旗长', '镇长', '乡长',
  '主席', '副主席', '书记', '副书记', '主任', '副主任', '部长', '厅长', '局长', '院长', '行长', '会长', '委员长', '秘书长',
  '署长', '司长', '处长', '董事长', '总经理', '校长',
];

/** Organisation-name endings of an issuer line (江西省统计局  国家统计局江西调查总队). */
export const ORG_SUFFIXES = [
  '统计局', '调查总队', '调查队', '人民政府', '委员会', '办公室', '办公厅', '研究院', '研究所', '研究中心', '新闻中心',
  '局', '厅', '委', '院', '部', '署', '办', '队', '中心', '协会', '学会', '集团', '公司', '银行', '大学', '学院', '报社',
];
/** Issuer lines and report front matter stand in the first lines of the text. */
export const FRONT_LINES = 8;

/** Lines that caption a table or figure, give its unit, or annotate: never headings. */
export const CAPTION_LINES: RegExp[] = [
  /^(?:表|图|附表|附图)\s*[0-9０-９一二三四五六七八九十]{1,3}(?:[\s　:：．.、]|$)/,
  /^(?:单位|计量单位|金额单位)\s*[:：]/,
  /^(?:注|说明|资料来源|数据来源|备注)\s*[0-9０-９]?\s*[:：]/,
  /^(?:相关解读|政策解读|相关链接|关联稿件|相关稿件|相关文件|附件)\s*[:：]/,
];

/** Who is who in a photo: （从左至右）… — a caption wherever it stands. */
export const PHOTO_POSITIONS =
  /[（(](?:从左至右|从左到右|左起|右起|从右至左|前排左起|后排左起|左[一二三四五]|右[一二三四五])[）)]/;

/**
 * Photo captions near the top of a news page: 活动现场, 某某主持仪式. Further
 * down the same endings make real headings (强化监督检查), so these count only
 * among the first CAPTION_TOP_LINES body lines.
 */
export const TOP_CAPTIONS: RegExp[] = [
  /(?:现场|合影|留影|一角|掠影|剪影|全景|航拍|资料图|效果图|示意图)$/,
  /(?:主持|出席|参加|参观|调研|检查|视察|慰问|致辞|讲话|发言|签约|揭牌|剪彩|启动)(?:仪式|活动|会议)?$/,
];
export const CAPTION_TOP_LINES = 6;
/** A caption is short. */
export const CAPTION_MAX = 30;

/** Page markers of news sites glued into the text: ［提要］ ［详细］ ［我来说两句］. */
export const PAGE_MARKERS = /[［\[【](?:提要|摘要|详细|详情|全文|查看全文|更多|我来说两句|发表评论|评论|点击查看|组图|图|视频|高清组图)[］\]】]/g;

/** 新华社北京3月5日电 · 中国经济网7月18日讯 · 本报讯: a wire dateline ends in 电 or 讯. */
export const WIRE_DATELINE =
  /^[\u3400-\u9fff（）()]{0,16}?([0-9０-９]{4}年)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:[\u3400-\u9fff]{0,6})?[电讯]/;
/** A dateline naming its agency (中国经济网７月１８日讯) is unmistakable further in, after a glued table or deck … */
export const WIRE_DATELINE_AGENCY =
  /(?:新华社|中新社|中新网|[\u3400-\u9fff]{1,8}(?:网|社|报|台))[\u3400-\u9fff]{0,6}?([0-9０-９]{4}年)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)/;
/** … within this many characters. */
export const WIRE_AGENCY_WINDOW = 600;
/**
 * The same dateline glued to the end of a headline: the outlet's name is two
 * to four characters before 网/社/报/台 (中国经济网, 人民网, 新华社), so the
 * headline's last words are not taken for it.
 */
const DATELINE_TAIL = '(?:[\\u3400-\\u9fff]{2,4})?([0-9０-９]{4}年)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)';
/** Agencies by name first (新华社 must not become 告新华社 of 政府工作报告新华社…), then any outlet. */
export const GLUED_DATELINES: RegExp[] = [
  new RegExp(`(?:新华社|中新社|中新网|人民网|央视网|新华网)${DATELINE_TAIL}$`),
  new RegExp(`[\\u3400-\\u9fff]{2,4}(?:网|社|报|台)${DATELINE_TAIL}$`),
];
/** A bracketed name closing the text is the author: （王景亮）; media names (（京华时报）) are sources. */
export const CLOSING_NAME = /[。！？!?”」』]\s*[（(]([\u3400-\u9fff]{2,3})[）)]$/;
export const MEDIA_SUFFIXES = ['报', '社', '网', '台', '刊', '讯', '站', '号'];
/** A dateline stands this close to the start of the body (after a glued sub-headline at most). */
export const WIRE_WINDOW = 160;
/** 本报讯（记者 赵鹏　文静） · 新快报讯　记者　罗琼　实习生　葛晶　报道 · 记者　刘林鹏　发自成都. */
export const WIRE_BYLINE_BRACKETED = /讯\s*[（(]\s*((?:本报|新华社|特约|见习|实习|首席)?(?:记者|通讯员)[^（()）\n]{1,40})[）)]/;
export const WIRE_BYLINE_OPEN =
  /讯[\s　]+((?:(?:本报|特约|见习|首席)?(?:记者|通讯员|实习生)[\s　]+[\u3400-\u9fff]{2,4}[\s　]+)+)(?:报道|摄|发自)?/;
export const REPORTER_FROM = /(?:记者|通讯员)[\s　]+([\u3400-\u9fff]{2,4})[\s　]+发自[\u3400-\u9fff]{2,6}/;

/** A flattened table: a run of this many short lines (one cell each) … */
export const TABLE_RUN_MIN = 4;
/** … each at most this long … */
export const TABLE_CELL_MAX = 16;
/** … a share of them numbers (header cells are words) … */
export const TABLE_NUMERIC_SHARE = 0.25;
/** … and at least this many. */
export const TABLE_NUMERIC_MIN = 2;
/** A table glued into running text: a comma-free stretch this long … */
export const GLUED_TABLE_STRETCH = 60;
/** … holding at least this many numbers. */
export const GLUED_TABLE_NUMBERS = 4;
