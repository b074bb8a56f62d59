// Word lists for reading a figure's label (the subject it measures) from its
// clause without a segmenter: what to strip around the noun phrase.

/** clause boundaries for labels */
export const CLAUSE_BREAKS = new Set([
  '，', ',', '。', '；', ';', '：', ':', '！', '!', '？', '?', '\n', '（', '(', '）', ')', '、', '【', '】', '|', '\t',
]);

/** words that open a clause without being its subject: time, sequence and sentence adverbs */
export const LEADING_WORDS = [
  '其中', '同时', '另外', '此外', '目前', '当前', '现在', '今年', '去年', '明年', '全年', '上半年', '下半年', '当年',
  '今年以来', '去年以来', '近年来', '以来', '先后', '累计', '共计', '总计', '合计', '共', '已经', '已', '还', '又', '再',
  '将', '也', '均', '都', '并', '而', '且', '仅', '约', '截至', '截止', '到', '至', '在', '为', '对', '从', '据统计',
  '据悉', '预计', '计划中', '我国', '届时', '但是', '但', '不过', '然而', '因此', '所以', '那么', '每年', '每月', '每天', '该县', '该市', '该区', '该镇', '该公司', '全国', '分别', '一共', '总共', '全部', '持续', '进一步', '有效', '成功', '新春', '以上',
  '一季度', '二季度', '三季度', '四季度', '第一季度', '第二季度', '第三季度', '第四季度', '前三季度', '前两季度', '截至目前', '截至年底',
  // plan words that open a clause: status says what they mean, the label names what is measured
  '要', '力争', '争取', '确保', '力求',
];

/** where the subject opening a sentence ends: its first verb or preposition (中草药材|以苍术…为主) */
export const SUBJECT_ENDS = ['以', '主要', '分为', '为', '是', '开始', '有', '在', '均', '都', '已', '将', '被', '由', '从', '共'];

/** words after which the clause names a new subject: what the figure measures comes after them (成为全省首个产值…) */
export const SUBJECT_RESETS = ['首个', '首家', '第一个', '第一家', '唯一一个', '唯一'];

/** plan adverbs inside a label (铁道部将对新疆投资, 交通基础设施建设预计总投资规模): dropped, status carries them */
export const INNER_PLAN_WORDS = /(?<![即])将(?![近士军其来])|预计|(?<![主重需必只首纲摘紧])要(?![求素点件闻害地])|(?<![模虚])拟/g;



/** verbs that take the figure as object and add nothing to the subject */
export const LEADING_VERBS = [
  '是', '建成', '撰写', '轮训', '巩固', '带动', '帮助', '惠及', '覆盖', '解决', '安置', '吸引', '吸纳', '培训', '组织',
  '举办', '开展', '召开', '走访', '慰问', '救助', '接待', '拥有', '有', '达到', '实现', '突破', '超过',
];

/**
 * Nouns that open with a character that is elsewhere a leading word (在, 从,
 * 到, 对 …): stripping that character would cut the noun (在校学生 → 校学生).
 */
export const PROTECTED_ONSETS = [
  '在校', '在建', '在岗', '在职', '在册', '在读', '在园', '在线', '在押', '在编', '在营', '在库', '在网', '在途', '在院',
  '从业', '到位', '到账', '到岗', '到港', '对外', '对口', '为民', '共青团', '共享', '共建', '并购', '再生', '再就业',
  '均价', '将士', '还款', '已婚', '至今',
];

/** Nouns that end with a character that is elsewhere a linking word (计, 有, 达 …). */
export const PROTECTED_ENDINGS = ['统计', '会计', '审计', '设计', '估计', '伙计', '国有', '私有', '公有', '集体所有', '通达', '发达', '雷达'];

/** linking words between the subject and the number (项目总投资达533亿元) */
export const TRAILING_LINKS = [
  '打', '预计达到', '预计达', '预计', '首次', '已达到', '已达', '将达到', '将达', '达到', '高达', '多达', '约达', '达', '约为', '为', '是', '共有', '共计', '合计',
  '总计', '累计', '共', '计', '有', '了', '约', '近', '逾', '超过', '超', '突破', '接近', '不到', '不足', '将近',
  '大约', '分别', '仅', '提到', '只有', '则', '就', '已', '将', '也', '均', '都', '增至', '升至', '降至', '提高到', '提高至',
  '增加到', '降低到', '下降到', '减少到', '扩大到', '控制在', '保持在', '稳定在', '在', '的', '仍', '还', '逐步',
  '逐年', '进一步', '已经', '再', '提高到', '提升到', '提高至', '提升至',
  // 从每月70元, 由9.8%降至: the start point's preposition; 每周超过 / 平均每周: rates, not the subject
  '由', '从', '每周', '每月', '每年', '每天', '每日', '平均',
  // 赤字率拟按2.8%安排, 各地可: a plan word between the subject and its figure
  '拟按', '拟', '按', '可', '现行',
];

/** a comparison base between subject and verb of change: 排放比上一年下降 → 排放下降, 同比增长 → 增长 */
export const COMPARISON = /(?:比|较)(?:上一?年|去年|上年|上月|上季度|同期|[0-9０-９]{4}年)(?:同期|同月|同季)?|同比|环比/g;

/** a leading span of time: 近一个月来, 3年来, 过去五年 */
export const LEADING_PERIOD = /^(?:近|最近|过去)?[0-9０-９一二三四五六七八九十两]{1,3}个?(?:年|月|周|天|日|星期)(?:来|以来|内)?/;

/** modal verbs: the subject ends before them (化学需氧量减排可以完成…计划 → 化学需氧量减排) */
export const MODALS = ['可以', '能够', '需要', '应当', '应该', '将要', '可望', '有望'];

/** verbs of change: a label that is only one of these borrows the subject of the figure before it */
/** adverbs between a subject and its verb of change, dropped from a label (旅客亦上升, 价值则升) */
export const ADVERBS_BEFORE_CHANGE = ['大幅', '小幅', '稳步', '亦', '也', '则', '均', '都', '还'];
/** one-character verbs of change, after which an adverb is dropped too (价值则升6.1%) */
export const ONE_CHAR_CHANGES = ['升', '降', '涨', '跌', '增', '减'];

export const CHANGE_VERBS = [
  '下降', '增长', '上涨', '上升', '提高', '降低', '减少', '增加', '回升', '下滑', '减排', '增幅', '降幅', '累计下降', '累计增长',
];

/** comparatives that are a change only after a comparison base (比去年预算高0.2个百分点) */
export const BARE_COMPARATIVES = ['高', '低', '多', '少'];

/** a label longer than this that holds 的 keeps only the head after the last 的 (但记者了解到的销售数据 → 销售数据) */
export const HEAD_AFTER_DE = 8;

/** generic heads dropped from a label read after the figure (771户脱贫成效 → 脱贫) */
export const GENERIC_HEADS = ['成效', '成果', '任务', '目标', '工作', '项目', '工程'];

/** characters that end a noun phrase read after a figure */
export const PHRASE_STOPS = new Set([
  '的', '了', '在', '和', '与', '及', '等', '被', '将', '已', '均', '都', '也', '共', '以', '是', '并', '中', '里',
  '上', '下', '内', '外', '后', '前', '达', '占', '比', '较', '同', '这', '那', '其', '或', '而', '就', '才', '又',
  '还', '再', '给', '从', '向', '到', '至', '为', '对', '把', '让', '使', '得', '着', '过', '“', '"', '”',
]);
export const MAX_LABEL = 16;

/** verbs that end a noun phrase read after a figure (２０００辆公共自行车投入运营 → 公共自行车) */
export const PHRASE_STOP_WORDS = [
  '投入', '配备', '投放', '建成', '开始', '进行', '实现', '完成', '分布', '使用', '运营', '提供', '存在', '参加', '达到',
  '获得', '位于', '覆盖', '落户', '开工', '竣工', '签约', '入驻', '参与', '受益', '牵头', '初步', '定为', '确定', '分别',
];

/** words right before a count after which the counted noun follows it (首批试点的２０００辆公共自行车, 丰台等８个区域) */
export const NOUN_FOLLOWS = ['的', '等', '将建成', '建成', '投放', '配备', '新建', '建设', '购置', '安装', '引进', '新增'];

/** what a money figure right before it pays for: a noun phrase ending in one of these (交纳２００元诚信保证金) */
export const MONEY_HEADS = ['金', '费', '款', '资金', '补贴', '补助', '奖励'];

/** a clause that only says when: the sentence's subject is in the next one (前天上午，北京市首批公共自行车…) */
/** a clause that only says where a report comes from: 据《京华时报》报道, 据了解, 记者获悉 */
export const ATTRIBUTION = /^(?:据.{0,20}(?:报道|介绍|显示|了解|统计|透露|称)|据悉|据了解|据介绍|据统计|记者(?:了解到|获悉|从.{1,16}获悉))$/;
export const TIME_CLAUSE = /^(?:前天|昨天|今天|明天|昨日|今日|近日|日前|当天|当日|目前|上午|下午|晚上|凌晨|中午|近期|[0-9０-９]{1,4}年|[0-9０-９]{1,2}月|[0-9０-９]{1,2}日)+$/;
