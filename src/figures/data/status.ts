// Words that tell whether a figure is achieved (or a fact) or planned, read in
// its clause and the clauses before it in the sentence. Lists only: the
// decision is in refiners/status.ts.

/** a goal, plan, forecast or commitment */
export const TARGET_WORDS = [
  '预期目标', '目标是', '目标为', '目标值', '力争', '争取', '力求', '计划', '规划', '确保', '将', '要', '拟', '预计', '预期',
  '可望', '有望', '努力', '届时', '控制在', '明年', '今后', '未来', '即将', '打算', '下一步',
];

/** bounds: a commitment in a plan (城镇新增就业不少于1100万人), a norm in a rule (《条例》明确，绿地率不低于30%) */
export const BOUND_WORDS = ['不低于', '不少于', '不超过', '不高于', '不多于', '不小于', '不大于'];

/** words that make the sentence a rule: its bounds are norms, neither achieved nor planned */
export const NORM_WORDS = ['条例', '规定', '办法', '细则', '应当', '必须', '不得', '须', '需',
  // a tariff: its caps and floors are what it charges, not a plan (每日累计收费不超过10元)
  '计费', '收费标准'];

/**
 * Words that hold a target word but do not plan anything (主要, 重要, 将近,
 * 模拟, 计划单列市; 目标 reported as met: 完成年初确定的目标). Matched at the
 * same place first, longest first, like a segmenter would.
 */
export const TARGET_LOOKALIKES = [
  '主要', '重要', '需要', '需求', '必需', '必要', '只要', '首要', '纲要', '摘要', '要素', '要点', '要求', '要件', '紧要', '要闻', '要害',
  '将近', '将士', '将军', '将其', '模拟', '虚拟', '计划单列', '计划生育', '预期的', '好于预期', '超预期', '高于预期', '低于预期',
  '符合预期', '目标任务全面完成', '完成年初确定的目标', '实现年初确定的目标', '完成全年目标', '实现全年目标', '目标任务完成',
  '超额完成', '好于目标', '指标', '预算内', '安排部署',
];

/** reported as done: past markers and results — they beat a plan word in the same clause (已完成计划投资的80%) */
export const ACTUAL_WORDS = [
  '已经', '已', '完成了', '实现了', '达到了', '增长了', '下降了', '提高了', '减少了', '超额完成', '完成年初确定的目标',
  '实现年初确定的目标', '目标任务全面完成', '好于预期', '好于目标',
];

/** times and statistics of the past: actual unless the same clause plans (今年以来…将逾300亿元) */
export const PAST_WORDS = ['累计', '去年', '上年', '前年', '过去一年', '过去五年', '过去', '以来', '截至', '截止', '共有', '同比', '环比', '首次'];

/** words that mark only the figure right after them as a fact: 将现行16%的税率降至13% */
export const CURRENT_WORDS = ['现行', '现有', '原来的', '原有', '目前的'];

/** conditions and thresholds: neither reported nor planned */
export const NEITHER_WORDS = ['如果', '假如', '倘若', '一旦', '凡是', '罚款', '处以', '处罚', '罚'];

/**
 * Top-level section headings of a report: a plan section sets `target` for
 * the figures under it, a review section `actual`; the clause can override.
 */
export const PLAN_HEADINGS = /工作安排|重点任务|目标任务|工作任务|主要任务|总体要求|政策取向|工作部署|总体部署|工作计划|工作打算|工作思路|发展目标|主要目标|奋斗目标|展望|下一步/;
export const REVIEW_HEADINGS = /回顾|工作总结|主要成绩|主要成就|工作成效|取得的成绩|发展成就|过去一年|过去五年|基本情况/;

/** a figure followed in its sentence by one of these is what a plan sets (下降2.7%的安排, 下降20%的目标) */
export const PLAN_AFTER = /^[^。！？；;\n]{0,24}?的(?:目标|安排|计划|任务)/;
