// 户 counts households only when households are meant (issue 11, item 13).

/** words before a 户 count that make it a count of accounts or enterprises (quantity) */
export const NOT_HOUSEHOLDS = [
  '开户数', '开户', '账户', '户头', '市场主体', '经营主体', '企业', '个体工商户', '工商户', '商户', '纳税人', '纳税户', '法人',
  '公司', '客户', '会员',
];
/** household nouns: nearer to the figure than the words above, they keep it a household count (帮扶企业…贫困户500户) */
export const HOUSEHOLD_WORDS = ['贫困户', '农户', '家庭', '居民', '群众', '住户', '人家', '搬迁户', '低保户', '五保户', '困难户', '脱贫户'];

/** after a Chinese-numeral 户, a place suffix makes it a place name (十三户村): not a figure */
export const PLACE_SUFFIXES = ['村', '乡', '镇', '屯', '街', '社区', '小区', '路', '站', '沟', '营子', '嘎查'];

/** after a count with 个 (or none), what makes it not a figure of interest: 八个字 (a slogan's length), 1个工作日 (a duration) */
export const NOT_OF_INTEREST_AFTER = ['字', '工作日', '交易日', '自然日', '星期', '礼拜', '钟头'];
