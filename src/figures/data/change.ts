// Words of change right before a figure: 增长6.1% (up), 下降0.4% (down).
// A verb followed by 到/至/为 gives the level reached (提高到88元), not a change.

export const UP_VERBS = [
  '增长', '增加', '提高', '上升', '上涨', '提升', '扩大', '回升', '增', '涨', '升', '涨幅', '增幅', '增速', '多增', '攀升',
  '反弹', '走高',
];
export const DOWN_VERBS = [
  '下降', '减少', '降低', '回落', '下滑', '下跌', '缩小', '缩减', '减', '降', '跌', '降幅', '减排', '压减', '削减', '收窄',
  '放缓', '少增', '回调', '走低',
];
/** one-character comparatives that are a change only after 比/较 (比去年预算高0.2个百分点; 最高6倍 is not) */
export const COMPARATIVE_UP = ['高', '多', '快', '大'];
export const COMPARATIVE_DOWN = ['低', '少', '慢', '小'];

/** words between the verb and the number that keep it a change (增长了6%, 下降近3%, 增长超过5%) */
export const BETWEEN = ['了', '近', '约', '超过', '超', '逾', '达', '将近', '接近', '不到', '不足', '大约', '分别', '高达', '明显'];

/** what a change is compared with: 同比, 环比, 比上年, 较2010年, 与上年相比 */
export const BASIS = /同比|环比|(?:比|较)(?:[^，。；、\s比较]{1,8}?(?=(?:增长|下降|增加|减少|提高|降低|上升|上涨|高|低|多|少|回落|扩大|缩小))|上年同期|去年同期|上一?年|去年|上月|上季度|上期|同期|年初|[0-9０-９]{4}年(?:底|末)?)|与(?:上年|去年|上年同期|去年同期|[0-9０-９]{4}年)相比/;

/** nouns that are themselves a rate of change: 净值增长率达到17.90%, 反弹幅度超过了50% */
export const RATE_NOUNS: Record<string, 'up' | 'down'> = {
  增长率: 'up', 增速: 'up', 涨幅: 'up', 增幅: 'up', 升幅: 'up', 反弹幅度: 'up', 上涨幅度: 'up', 增长幅度: 'up',
  降幅: 'down', 跌幅: 'down', 下降幅度: 'down', 下跌幅度: 'down', 减幅: 'down',
};
/** link verbs between a rate noun and its figure */
export const RATE_LINKS = ['达到', '达', '为', '是', '超过了', '超过', '约为', '高达'];
