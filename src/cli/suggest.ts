// "did you mean …?" for a mistyped command: the closest name by edit distance
// (adjacent swaps count as one edit, as figurse → figures), within reach.

export function closest(word: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of names) {
    const d = distance(word.toLowerCase(), n);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  // a third of the word may be wrong, or a short prefix may stand for the name (fig → figures)
  if (best && (bestD <= Math.max(1, Math.floor(best.length / 3)) || (word.length >= 3 && best.startsWith(word.toLowerCase())))) return best;
  return null;
}

/** Optimal string alignment distance. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}
