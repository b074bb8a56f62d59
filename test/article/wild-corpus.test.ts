// The articles in the wild (../shared/corpus more/, hant/, html/) against their
// hand-annotated structure gold, read through the input stage as the CLI does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/index.js';
import { sourceFromBytes } from '../../src/input/source.js';
import { checkOffsets, corpusDir } from './helpers.js';

const goldDir = fileURLToPath(new URL('../gold/structure/', import.meta.url));
const golds = existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort() : [];

interface Gold {
  file: string;
  title: string | null;
  date: string | null;
  author: string | null;
  headings: string[];
  optionalHeadings?: string[];
  accept?: Partial<Record<'title' | 'date' | 'author', string[]>>;
}

describe.each(golds)('%s', (name) => {
  const gold = JSON.parse(readFileSync(goldDir + name, 'utf8')) as Gold;
  const path = corpusDir + gold.file;
  const a = existsSync(path) ? buildArticle(sourceFromBytes(path, readFileSync(path))) : null;
  const ok = (k: 'title' | 'date' | 'author') => [gold[k], ...(gold.accept?.[k] ?? [])];
  it.runIf(a)('title, date and author', () => {
    expect(ok('title')).toContain(a!.meta.title);
    expect(ok('date')).toContain(a!.meta.date);
    expect(ok('author')).toContain(a!.meta.author);
  });
  it.runIf(a)('top-level headings', () => {
    const optional = new Set(gold.optionalHeadings ?? []);
    const top = a!.sections.filter((s) => s.parent === null && s.heading !== null).map((s) => s.heading!.trim());
    expect(top.filter((h) => !optional.has(h))).toEqual(gold.headings);
  });
  it.runIf(a)('slices back', () => checkOffsets(a!));
});
