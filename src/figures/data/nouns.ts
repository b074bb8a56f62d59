// Counted nouns → category: what 个 / 项 / 家 count decides what kind of figure
// it is (6个项目 → projects, 8个小二型水库 → facilities, 21个村 → quantity).
// Matched as word endings of the noun phrase; longer entries first.
import type { FigureCategory } from '../../types.js';

export const COUNTED_NOUNS: Readonly<Record<string, FigureCategory>> = {
  // projects
  项目: 'projects', 工程: 'projects', 重点项目: 'projects', 大项目: 'projects', 子项目: 'projects',
  // facilities
  超市: 'facilities', 水库: 'facilities', 塘坝: 'facilities', 电站: 'facilities', 水电站: 'facilities',
  站: 'facilities', 水厂: 'facilities', 工厂: 'facilities', 学校: 'facilities', 中学: 'facilities',
  小学: 'facilities', 幼儿园: 'facilities', 医院: 'facilities', 卫生院: 'facilities', 卫生室: 'facilities',
  诊所: 'facilities', 场馆: 'facilities', 公园: 'facilities', 广场: 'facilities', 机场: 'facilities',
  港口: 'facilities', 码头: 'facilities', 大桥: 'facilities', 桥梁: 'facilities', 隧道: 'facilities',
  敬老院: 'facilities', 养老院: 'facilities', 幸福院: 'facilities', 书屋: 'facilities', 图书馆: 'facilities',
  体育场: 'facilities', 停车场: 'facilities', 公厕: 'facilities', 厕所: 'facilities', 矿井: 'facilities',
  煤矿: 'facilities', 矿山: 'facilities', 井: 'facilities', 泉: 'facilities', 服务中心: 'facilities',
  驿站: 'facilities', 基站: 'facilities', 充电桩: 'facilities', 生产线: 'facilities', 厂房: 'facilities',
  // people and households
  人: 'people', 党员: 'people', 干部: 'people', 群众: 'people', 学生: 'people', 教师: 'people',
  医生: 'people', 农民: 'people', 职工: 'people', 员工: 'people', 工人: 'people', 代表: 'people',
  专家: 'people', 志愿者: 'people', 人才: 'people', 村民: 'people', 居民: 'people', 游客: 'people',
  旅客: 'people', 人口: 'people', 贫困人口: 'people', 劳动力: 'people', 儿童: 'people', 老人: 'people',
  户: 'households', 农户: 'households', 家庭: 'households', 贫困户: 'households', 住户: 'households',
  // events
  会议: 'events', 活动: 'events', 培训: 'events', 培训班: 'events', 讲座: 'events', 党课: 'events',
  案件: 'events', 纠纷: 'events', 比赛: 'events', 演出: 'events', 事故: 'events', 航班: 'events',
  // everything else counted is a quantity
  村: 'quantity', 社区: 'quantity', 企业: 'quantity', 公司: 'quantity', 乡镇: 'quantity', 街道: 'quantity',
  居委: 'quantity', 居委会: 'quantity', 居民委: 'quantity', 村委会: 'quantity', 委员会: 'quantity', 屯: 'quantity', 河流: 'quantity', 航线: 'quantity', 城市: 'quantity', 省: 'quantity',
  县: 'quantity', 基金: 'quantity', 产品: 'quantity', 行业: 'quantity', 部门: 'quantity', 单位: 'quantity',
  合作社: 'quantity', 集团: 'quantity', 机构: 'quantity', 课堂: 'quantity', 措施: 'quantity', 政策: 'quantity',
};

/** classifiers that say nothing of what they count, so the noun decides (个, 项);
 * 处/座 stay facilities and 次/场 stay events whatever they count */
export const GENERIC_CLASSIFIERS: ReadonlySet<string> = new Set(['个', '项', '家', '口', '批', '所', '种']);

/** nouns/verbs in the clause before an amount that make it a capacity (年产40万件, 装机2×34万千瓦) */
export const CAPACITY_WORDS = [
  '产能', '年产', '日产', '月产', '年加工', '日加工', '日处理', '年处理', '装机', '库容', '蓄水', '生产能力',
  '加工能力', '处理能力', '吞吐能力', '设计能力', '总装机', '年吞吐',
];
/** words right after an amount that make it a capacity (100万吨制盐, 万吨制水) */
export const CAPACITY_FOLLOWERS = ['制', '生产线', '产能', '装置', '机组', '项目', '工厂', '产业园'];

/** one-character administrative nouns that compound when written together (30个省市, 12个县区, 5个乡镇) */
export const PLACE_CHARS: ReadonlySet<string> = new Set(['省', '市', '县', '区', '乡', '镇', '村', '屯', '州', '盟', '旗']);

/** nouns ending a phrase that makes a bare 万/亿 amount a head count (近1400万农业转移人口, 贫困人口减少1386万) */
export const PEOPLE_NOUNS = ['人口', '人员', '农民工', '劳动力', '群众', '学生', '职工', '居民', '农民', '游客', '旅客', '就业'];
/** verbs between such a noun and its amount (贫困人口减少1386万) */
export const PEOPLE_VERBS = ['减少', '增加', '增长', '新增', '达到', '达', '超过', '突破', '为', '有', '共', '约', '近', ''];

/** words that make a bare 万/亿 amount money (全镇经济总产值4.2亿) */
export const MONEY_CONTEXT = [
  '产值', '投资', '资金', '收入', '总值', '资产', '销售', '利润', '税收', '贷款', '增加值', '营业额', '支出',
  '财政', '预算', '募集', '融资', '存款', '消费', '成交额', '交易额', '营收', 'GDP', '生产总值', '出口额',
  '进口额', '进出口', '造价', '补贴', '补助', '经费', '款', '费', '金额', '总额', '市值', '身家', '估值',
];
