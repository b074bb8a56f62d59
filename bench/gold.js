// The hand-checked gold files: ../shared/corpus/gold and our own test/gold,
// each with the path of the article it describes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export const corpusDir = here('../../shared/corpus/');
export const goldDirs = [join(corpusDir, 'gold'), here('../test/gold')];

/** Every gold file, in path order: {gold, goldPath, textPath} (textPath null when the article is not found). */
export function readGold() {
  const out = [];
  for (const dir of goldDirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.json')) continue;
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const textPath = [join(corpusDir, gold.file), join(dir, gold.file), here(`../fixtures/${gold.file}`)].find(existsSync) ?? null;
      out.push({ gold, goldPath: join(dir, f), textPath });
    }
  }
  return out;
}
