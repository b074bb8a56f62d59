// Traditional versions of our Simplified corpus, made the way the issue asks:
// OpenCC cn → tw (character and word tables, so lengths are kept).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { corpusDir } from '../paths.js';

const require = createRequire(import.meta.url);
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };

let cn2tw: ((s: string) => string) | null = null;
export function toTraditional(s: string): string {
  cn2tw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return cn2tw(s);
}

export const simplifiedCorpus = (): { name: string; text: string }[] =>
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));

export const hantCorpus = (): { name: string; text: string }[] =>
  readdirSync(join(corpusDir, 'hant'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpusDir, 'hant', name), 'utf8') }));

export const moreCorpus = (): { name: string; text: string }[] =>
  readdirSync(join(corpusDir, 'more'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpusDir, 'more', name), 'utf8') }));
