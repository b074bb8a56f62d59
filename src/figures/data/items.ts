// Word lists for "分别" lists: 粮食、油料、蔬菜产量分别增长2.1%、3.5%、1.2%.

/** what separates the items before 分别 and the figures after it (、 first: 和 also sits inside words) */
export const ITEM_SEPARATORS = ['、', '以及', '和', '与', '及', '同'];
export const FIGURE_JOINS = ['、', '和', '与', '及', '以及', '，'];

/** verbs after 分别 that only link the item to its figure: the label does not repeat them */
export const LINK_VERBS = ['为', '是', '达到', '达', '完成', '实现', '有', '占', '在', '约为', '分布在', '位列', '排在'];

/** breaks of the stretch read before 分别 (not 、: it separates the items) */
export const ITEM_CLAUSE_BREAKS = new Set(['，', ',', '。', '；', ';', '：', ':', '！', '!', '？', '?', '\n', '（', '(', '）', ')']);

/** a conjunction opening the subject and an adverb closing it (而香港及台湾旅客则分别占): not part of any item */
export const LINKS_AROUND = /^(?:而且|而|但是|但|并且|并|且)|(?:则|亦|也|均|都|还|又)$/g;
/**
 * the clause before that names the items may introduce them (客源主要来自台湾及大陆，分别占…;
 * 以大陆、香港及台湾旅客为主，分别占…): only the list is kept
 */
export const INTRODUCED = /^(?:.{0,8}?(?:主要来自|来自|主要包括|包括|主要是|主要为|依次为|依次是))|^以(?=.+为主$)|为主$/g;
/** joins between the figures of a list paired without 分别: a comma would also join clauses */
export const LIST_JOINS = ['、', '和', '与', '及', '以及'];
/** verbs opening the clause before its list of subjects: 实现营业收入和利润总额… */
export const LEADING_LIST_VERBS = /^(?:实现|完成|达到|共有|拥有|新增|累计完成|累计实现)/;
