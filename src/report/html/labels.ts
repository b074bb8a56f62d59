// Names a reader of the report sees, by category, boilerplate kind and figure
// status: a data table apart from the markup that uses it.
import type { BoilerplateKind, FigureCategory } from '../../types.js';

export const CATEGORY_NAMES: Record<FigureCategory, string> = {
  money: '金额 money',
  households: '户数 households',
  people: '人数 people',
  projects: '项目 projects',
  facilities: '设施 facilities',
  events: '活动 events',
  quantity: '数量 quantity',
  area: '面积 area',
  capacity: '产能 capacity',
  percent: '比例 percent',
  other: '其他 other',
};

export const BOILERPLATE_NAMES: Record<BoilerplateKind, string> = {
  navigation: '导航 navigation',
  meta: '信息 meta',
  copyright: '版权 copyright',
  editor: '编辑 editor',
  footer: '页脚 footer',
};

/** Known figure statuses (issue 10); any other value is shown as it comes. */
export const STATUS_NAMES: Record<string, string> = {
  target: '目标 target',
  actual: '实绩 actual',
  plan: '计划 plan',
};

export const statusName = (s: string) => STATUS_NAMES[s] ?? s;

/** Runs of boilerplate longer than this many lines are folded (still there, one click away). */
export const FOLD_BOILERPLATE_LINES = 3;

/** How many bars a chart shows at most. */
export const CHART_BARS = 10;
