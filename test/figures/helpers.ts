// Shared helpers for the figure tests: corpus files and gold, code point slicing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, goldDir, repoRoot } from '../paths.js';

export interface GoldFigure {
  text: string;
  value: number;
  value_max?: number;
  unit: string;
  category: string;
  label: string;
  approx: boolean;
  optional?: boolean;
  offset: number;
}
export interface GoldFile {
  file: string;
  figures: GoldFigure[] | null;
  /** code point range the figures were annotated in (the rest of the article is not judged) */
  scope?: { start: number; end: number };
}

export const corpusFiles = (): string[] => readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
export const readCorpus = (f: string): string => readFileSync(join(corpusDir, f), 'utf8');

/** gold files with figures: the shared ones and ours in test/gold (ours win for the same article) */
export function goldWithFigures(): GoldFile[] {
  const byFile = new Map<string, GoldFile>();
  for (const dir of [goldDir, join(repoRoot, 'test', 'gold')]) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
      if (Array.isArray(g.figures)) byFile.set(g.file, g);
    }
  }
  return [...byFile.values()];
}

export const cpSlice = (text: string, start: number, end: number): string => [...text].slice(start, end).join('');
export const cpLength = (s: string): number => [...s].length;
