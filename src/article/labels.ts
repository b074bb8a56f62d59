// Reading "label：value" fields out of a metadata line
// (发布时间:2020-01-31 6:43:28 来源：新华网 作者：张三 / 文/李希平 / 责任编辑:赵洋 校对:杨文博).
import { META_LABELS, BYLINE_ROLES, NAME_MAX, NAME_MIN, type MetaLabel } from './data/meta.js';

export interface LabelField {
  label: MetaLabel;
  /** UTF-16 index of the label in the line */
  index: number;
  value: string;
}

const byText = new Map(META_LABELS.map((l) => [l.label, l]));
const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
const colonLabels = longestFirst(META_LABELS.map((l) => l.label));
const slashLabels = longestFirst(META_LABELS.filter((l) => l.slash).map((l) => l.label));

// A label opens the line or follows a space or a bar; it never sits inside a
// word (资金来源：… in running text is not a field because such lines are long).
const LABEL_RE = new RegExp(
  `(^|[\\s|｜丨【\\[（(])(?:(${colonLabels.join('|')})\\s*[:：]|(${slashLabels.join('|')})\\s*[/／])`,
  'g',
);

/** All label fields of a line, in order; values run to the next label. */
export function labelFields(line: string): LabelField[] {
  const hits: Array<{ label: MetaLabel; index: number; valueStart: number }> = [];
  LABEL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL_RE.exec(line))) {
    const name = m[2] ?? m[3]!;
    hits.push({ label: byText.get(name)!, index: m.index + m[1]!.length, valueStart: m.index + m[0].length });
  }
  return hits.map((h, i) => ({
    label: h.label,
    index: h.index,
    value: line.slice(h.valueStart, i + 1 < hits.length ? hits[i + 1]!.index : line.length).trim(),
  }));
}

const roles = longestFirst(BYLINE_ROLES);
const NAME = new RegExp(`^[\\u3400-\\u9fff·]{${NAME_MIN},${NAME_MAX + 2}}$`);
const TRIM_BRACKETS = /^[（(【\[\s]+|[）)】\]\s]+$/g;

function stripRoles(token: string): string {
  let t = token;
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of roles) {
      if (t.startsWith(r)) {
        t = t.slice(r.length);
        changed = true;
      } else if (t.endsWith(r) && t.length > r.length) {
        t = t.slice(0, t.length - r.length);
        changed = true;
      }
    }
  }
  return t;
}

/** Person names in a byline value, in written order: "郭华平 黄晓平 本报记者 鄢朝晖" → [郭华平, 黄晓平, 鄢朝晖]. */
export function bylineNames(value: string): { names: string[]; hadRole: boolean; clean: boolean } {
  const names: string[] = [];
  let hadRole = false;
  let clean = true;
  for (const raw of value.replace(TRIM_BRACKETS, '').split(/[\s、，,；;/／|｜]+/)) {
    if (!raw) continue;
    const t = stripRoles(raw);
    if (t !== raw) hadRole = true;
    if (!t) continue;
    const hanLen = [...t].length;
    if (NAME.test(t) && hanLen <= NAME_MAX) names.push(t);
    else clean = false;
  }
  return { names, hadRole, clean };
}
