// Word lists for "分别" lists: 粮食、油料、蔬菜产量分别增长2.1%、3.5%、1.2%.

/** what separates the items before 分别 and the figures after it (、 first: 和 also sits inside words) */
export const ITEM_SEPARATORS = ['、', '以及', '和', '与', '及', '同'];
export const FIGURE_JOINS = ['、', '和', '与', '及', '以及', '，'];

/** verbs after 分别 that only link the item to its figure: the label does not repeat them */
export const LINK_VERBS = ['为', '是', '达到', '达', '完成', '实现', '有', '占', '在', '约为', '分布在', '位列', '排在'];

/** breaks of the stretch read before 分别 (not 、: it separates the items) */
export const ITEM_CLAUSE_BREAKS = new Set(['，', ',', '。', '；', ';', '：', ':', '！', '!', '？', '?', '\n', '（', '(', '）', ')']);
