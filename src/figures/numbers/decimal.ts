// Exact decimals: value = n / 10^scale. Money is written with decimals and
// multipliers (1.57亿); scaling those in floating point gives 156999999.99999997,
// so digits are kept as integers until the very end.

export interface Decimal {
  n: bigint;
  scale: number;
}

export const ZERO: Decimal = { n: 0n, scale: 0 };
export const ONE: Decimal = { n: 1n, scale: 0 };

export function int(v: number | bigint): Decimal {
  return { n: BigInt(v), scale: 0 };
}

/** parse plain ASCII digits with an optional fraction: "1352", "3.5" */
export function parseDigits(digits: string): Decimal | null {
  const dot = digits.indexOf('.');
  const whole = dot < 0 ? digits : digits.slice(0, dot);
  const frac = dot < 0 ? '' : digits.slice(dot + 1);
  if (!/^[0-9]*$/.test(whole) || !/^[0-9]*$/.test(frac) || whole.length + frac.length === 0) return null;
  return normalize({ n: BigInt(whole + frac), scale: frac.length });
}

// powers of ten are taken for every number read with a multiplier or a point: computed once
const POW10: bigint[] = [1n];
function pow10(k: number): bigint {
  if (k >= 64) return 10n ** BigInt(k);
  while (POW10.length <= k) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[k]!;
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.n, b.n, a.scale];
  const s = Math.max(a.scale, b.scale);
  return [a.n * pow10(s - a.scale), b.n * pow10(s - b.scale), s];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = align(a, b);
  return normalize({ n: x + y, scale: s });
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return normalize({ n: a.n * b.n, scale: a.scale + b.scale });
}

/** a × 10^k (k may be negative) */
export function shift(a: Decimal, k: number): Decimal {
  if (k >= 0) return normalize({ n: a.n * pow10(Math.max(0, k - a.scale)), scale: Math.max(0, a.scale - k) });
  return normalize({ n: a.n, scale: a.scale - k });
}

export function neg(a: Decimal): Decimal {
  return { n: -a.n, scale: a.scale };
}

export function isZero(a: Decimal): boolean {
  return a.n === 0n;
}

export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** drop trailing zeros of the fraction so equal values look equal */
export function normalize(a: Decimal): Decimal {
  if (a.scale === 0) return a;
  let { n, scale } = a;
  while (scale > 0 && n % 10n === 0n) {
    n /= 10n;
    scale--;
  }
  return { n, scale };
}

export function toString(a: Decimal): string {
  const negative = a.n < 0n;
  let digits = (negative ? -a.n : a.n).toString();
  if (a.scale > 0) {
    digits = digits.padStart(a.scale + 1, '0');
    digits = `${digits.slice(0, digits.length - a.scale)}.${digits.slice(digits.length - a.scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** the nearest double to the exact decimal: Number("157000000"), never 1.57 * 1e8 */
export function toNumber(a: Decimal): number {
  // an integer converts directly (Number(bigint) rounds like Number(string))
  if (a.scale === 0) return Number(a.n);
  return Number(toString(a));
}
