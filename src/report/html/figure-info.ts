// What a reader wants to know about one figure, as short strings: shown on
// hover and focus (title without JavaScript, a tooltip with it) and in the
// figures table. status, change and period are optional fields that newer
// figure refiners add; older analyses simply lack them.
import type { Figure } from '../../types.js';
import { formatValue, formatWan } from '../numbers.js';
import { CATEGORY_NAMES, statusName } from './labels.js';

type Extra = { status?: unknown; change?: unknown; period?: unknown };

/** Any JSON value as a short phrase (change may be a string, a number or an object). */
export function describe(x: unknown): string {
  if (x === null || x === undefined || x === '') return '';
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) return x.map(describe).filter(Boolean).join(', ');
  if (typeof x === 'object')
    return Object.entries(x as Record<string, unknown>)
      .map(([k, v]) => (describe(v) ? `${k} ${describe(v)}` : ''))
      .filter(Boolean)
      .join(', ');
  return '';
}

export interface FigureInfo {
  /** digits, group commas, a decimal point, signs, ≈ ≥ ≤ – (or NaN, ∞): never anything HTML must escape */
  value: string;
  /** the 万/亿 form when it helps */
  wan: string;
  unit: string;
  category: string;
  label: string;
  status: string;
  /** the raw status, for classes and filters */
  statusKey: string;
  change: string;
  period: string;
}

export function figureInfo(f: Figure): FigureInfo {
  const x = f as Figure & Extra;
  const r = f.range;
  // a range low–high; a one-sided bound ≥ / ≤ the number written
  const value =
    r && r.min != null && r.max != null
      ? `${formatValue(r.min, null)}–${formatValue(r.max, null)}`
      : `${r && r.max == null ? '≥ ' : r && r.min == null ? '≤ ' : ''}${formatValue(f.value, null)}`;
  const statusKey = typeof x.status === 'string' ? x.status : describe(x.status);
  return {
    value: (f.approx ? '≈' : '') + value,
    wan: formatWan(f.value, f.unit),
    unit: f.unit ?? '',
    category: CATEGORY_NAMES[f.category] ?? f.category,
    label: f.label ?? '',
    status: statusKey ? statusName(statusKey) : '',
    statusKey,
    change: describe(x.change),
    period: describe(x.period),
  };
}

/** The hover text: one fact per line. */
export function figureTip(info: FigureInfo): string {
  let tip = `${info.value}${info.unit ? ' ' + info.unit : ''}${info.wan ? `（${info.wan}）` : ''}\n${info.category}`;
  if (info.label) tip += `\n标签 label: ${info.label}`;
  if (info.status) tip += `\n状态 status: ${info.status}`;
  if (info.change) tip += `\n变化 change: ${info.change}`;
  if (info.period) tip += `\n时期 period: ${info.period}`;
  return tip;
}
