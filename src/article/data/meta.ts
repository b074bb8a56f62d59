// Label words of metadata lines (发布时间：… 来源：… 作者：… 责任编辑：…) and the
// role words of bylines. Kept as data so other sites' labels are one line each.
import type { BoilerplateKind } from '../../types.js';

export type MetaField = 'date' | 'source' | 'author' | 'editor' | 'other';

export interface MetaLabel {
  label: string;
  field: MetaField;
  kind: BoilerplateKind;
  /** separators accepted after the label besides ：/: (文/李希平) */
  slash?: boolean;
}

export const META_LABELS: MetaLabel[] = [
  { label: '发布时间', field: 'date', kind: 'meta' },
  { label: '发布日期', field: 'date', kind: 'meta' },
  { label: '发表时间', field: 'date', kind: 'meta' },
  { label: '发稿时间', field: 'date', kind: 'meta' },
  { label: '更新时间', field: 'date', kind: 'meta' },
  { label: '成文日期', field: 'date', kind: 'meta' },
  { label: '时间', field: 'date', kind: 'meta' },
  { label: '日期', field: 'date', kind: 'meta' },
  { label: '文章来源', field: 'source', kind: 'meta' },
  { label: '信息来源', field: 'source', kind: 'meta' },
  { label: '新闻来源', field: 'source', kind: 'meta' },
  { label: '来源', field: 'source', kind: 'meta' },
  { label: '稿源', field: 'source', kind: 'meta' },
  { label: '出处', field: 'source', kind: 'meta' },
  { label: '作者', field: 'author', kind: 'meta' },
  { label: '撰稿', field: 'author', kind: 'meta' },
  { label: '撰文', field: 'author', kind: 'meta' },
  { label: '供稿', field: 'author', kind: 'meta' },
  { label: '记者', field: 'author', kind: 'meta' },
  { label: '通讯员', field: 'author', kind: 'meta' },
  { label: '文', field: 'author', kind: 'meta', slash: true },
  { label: '文图', field: 'author', kind: 'meta', slash: true },
  { label: '图文', field: 'author', kind: 'meta', slash: true },
  { label: '摄影', field: 'other', kind: 'meta', slash: true },
  { label: '图', field: 'other', kind: 'meta', slash: true },
  { label: '责任编辑', field: 'editor', kind: 'editor' },
  { label: '责编', field: 'editor', kind: 'editor' },
  { label: '编辑', field: 'editor', kind: 'editor' },
  { label: '值班编辑', field: 'editor', kind: 'editor' },
  { label: '网络编辑', field: 'editor', kind: 'editor' },
  { label: '本期编辑', field: 'editor', kind: 'editor' },
  { label: '校对', field: 'other', kind: 'editor' },
  { label: '审核', field: 'other', kind: 'editor' },
  { label: '审校', field: 'other', kind: 'editor' },
  { label: '终审', field: 'other', kind: 'editor' },
  { label: '链接', field: 'other', kind: 'meta' },
  { label: '原文链接', field: 'other', kind: 'meta' },
  { label: '网址', field: 'other', kind: 'meta' },
  { label: '浏览次数', field: 'other', kind: 'meta' },
  { label: '点击数', field: 'other', kind: 'meta' },
  { label: '阅读数', field: 'other', kind: 'meta' },
  { label: '浏览量', field: 'other', kind: 'meta' },
  { label: '字号', field: 'other', kind: 'meta' },
];

/** Role words in bylines (郭华平 黄晓平 本报记者 鄢朝晖); longest first when used. */
export const BYLINE_ROLES = [
  '本报特约记者',
  '本报见习记者',
  '本报通讯员',
  '本报记者',
  '特约记者',
  '见习记者',
  '实习记者',
  '首席记者',
  '新华社记者',
  '通讯员',
  '实习生',
  '记者',
  '整理',
  '报道',
  '摄影',
  '摄',
];

/** A metadata line is short; longer lines with a label are running text. */
export const META_LINE_MAX = 120;
/** Person names as written in bylines: 2–4 Han characters (or a ·-joined transliteration). */
export const NAME_MIN = 2;
export const NAME_MAX = 4;
/** Date labels beat a dateline; datelines are only looked for in the first lines. */
export const DATELINE_LINES = 4;
/** A dateline with the reporter (本报讯（记者 张三）) sits at the very start of the body. */
export const DATELINE_WINDOW = 80;
