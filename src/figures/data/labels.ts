// Word lists for reading a figure's label (the subject it measures) from its
// clause without a segmenter: what to strip around the noun phrase.

/** clause boundaries for labels */
export const CLAUSE_BREAKS = new Set([
  '，', ',', '。', '；', ';', '：', ':', '！', '!', '？', '?', '\n', '（', '(', '）', ')', '、', '【', '】', '《', '》', '|', '\t',
]);

/** words that open a clause without being its subject: time, sequence and sentence adverbs */
export const LEADING_WORDS = [
  '其中', '同时', '另外', '此外', '目前', '当前', '现在', '今年', '去年', '明年', '全年', '上半年', '下半年', '当年',
  '今年以来', '去年以来', '近年来', '以来', '先后', '累计', '共计', '总计', '合计', '共', '已经', '已', '还', '又', '再',
  '将', '也', '均', '都', '并', '而', '且', '仅', '约', '截至', '截止', '到', '至', '在', '为', '对', '从', '据统计',
  '据悉', '预计', '计划中', '每年', '每月', '每天', '该县', '该市', '该区', '该镇', '该公司', '全国', '分别', '一共', '总共', '全部', '持续', '进一步', '有效', '成功', '新春',
];

/** verbs that take the figure as object and add nothing to the subject */
export const LEADING_VERBS = [
  '建成', '撰写', '轮训', '巩固', '带动', '帮助', '惠及', '覆盖', '解决', '安置', '吸引', '吸纳', '培训', '组织',
  '举办', '开展', '召开', '走访', '慰问', '救助', '接待', '拥有', '有', '达到', '实现', '突破', '超过',
];

/** linking words between the subject and the number (项目总投资达533亿元) */
export const TRAILING_LINKS = [
  '已达到', '已达', '将达到', '将达', '达到', '高达', '多达', '约达', '达', '约为', '为', '是', '共有', '共计', '合计',
  '总计', '累计', '共', '计', '有', '了', '约', '近', '逾', '超过', '超', '突破', '接近', '不到', '不足', '将近',
  '大约', '分别', '仅', '提到', '只有', '则', '就', '已', '将', '也', '均', '都', '增至', '升至', '降至', '提高到', '提高至',
  '增加到', '降低到', '下降到', '减少到', '扩大到', '控制在', '保持在', '稳定在', '在', '的', '仍', '还', '逐步',
  '逐年', '进一步', '已经', '再', '提高到', '提升到', '提高至', '提升至',
];

/** generic heads dropped from a label read after the figure (771户脱贫成效 → 脱贫) */
export const GENERIC_HEADS = ['成效', '成果', '任务', '目标', '工作', '项目', '工程'];

/** characters that end a noun phrase read after a figure */
export const PHRASE_STOPS = new Set([
  '的', '了', '在', '和', '与', '及', '等', '被', '将', '已', '均', '都', '也', '共', '以', '是', '并', '中', '里',
  '上', '下', '内', '外', '后', '前', '达', '占', '比', '较', '同', '这', '那', '其', '或', '而', '就', '才', '又',
  '还', '再', '给', '从', '向', '到', '至', '为', '对', '把', '让', '使', '得', '着', '过', '“', '"', '”',
]);
export const MAX_LABEL = 16;
