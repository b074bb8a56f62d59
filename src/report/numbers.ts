// Values as a Chinese reader wants them: 8,600,000 元 and beside it 860万元.
import { formatChineseNumber } from '../figures/numbers/index.js';

// Built on first use: creating an Intl formatter costs ~20 ms of start-up,
// which machine formats never need.
let grouped: Intl.NumberFormat | null = null;

export function groupDigits(value: number): string {
  // Whole numbers (nearly every figure) grouped by hand: Intl's format() costs
  // about a microsecond a call, a corpus HTML report makes hundreds of thousands.
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
    if (value < 1000 && value > -1000) return String(value);
    const digits = String(value < 0 ? -value : value);
    let out = digits.length > 3 ? digits.slice(0, ((digits.length - 1) % 3) + 1) : digits;
    for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
    return value < 0 ? '-' + out : out;
  }
  return (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 })).format(value);
}

export function formatValue(value: number, unit: string | null): string {
  const u = unit ? ` ${unit}` : '';
  return `${groupDigits(value)}${u}`;
}

/** The 万/亿 form, only when it says something the grouped digits do not. */
export function formatWan(value: number, unit: string | null): string {
  if (Math.abs(value) < 10000) return '';
  return `${formatChineseNumber(value)}${unit ?? ''}`;
}
