// ROUGE-N on characters. Chinese has no spaces and word segmentation would
// make the score depend on the segmenter, so units are characters (letters and
// digits, NFKC-folded so full-width ２０１２ matches 2012; punctuation dropped),
// as is usual for Chinese ROUGE.

const units = (s) => [...s.normalize('NFKC')].filter((c) => /[\p{L}\p{N}]/u.test(c));

function grams(u, n) {
  const m = new Map();
  for (let i = 0; i + n <= u.length; i++) {
    const g = u.slice(i, i + n).join('');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** {p, r, f} of candidate against reference. */
export function rouge(candidate, reference, n) {
  const c = grams(units(candidate), n);
  const r = grams(units(reference), n);
  let overlap = 0;
  let cTotal = 0;
  let rTotal = 0;
  for (const v of c.values()) cTotal += v;
  for (const [g, v] of r) {
    rTotal += v;
    overlap += Math.min(v, c.get(g) ?? 0);
  }
  const p = cTotal ? overlap / cTotal : 0;
  const rec = rTotal ? overlap / rTotal : 0;
  return { p, r: rec, f: p + rec ? (2 * p * rec) / (p + rec) : 0 };
}
