// Shared ordering: weight descending, ties by first occurrence, so the same
// input always gives the same output.

export interface Ranked<T> {
  item: T;
  weight: number;
  first: number;
}

export function byWeightThenFirst<T>(a: Ranked<T>, b: Ranked<T>): number {
  return b.weight - a.weight || a.first - b.first;
}
