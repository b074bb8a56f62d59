// Many articles at once: order, parallel workers, JSON Lines, corpus tables.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, referencePath } from '../paths.js';
import { wenxi } from './run-cli.js';

let dir: string;
const articles = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wenxi-corpus-'));
  mkdirSync(join(dir, 'news', 'b'), { recursive: true });
  for (const [i, f] of articles.entries()) copyFileSync(join(corpusDir, f), join(dir, 'news', i % 2 ? 'b' : '', f));
  writeFileSync(join(dir, 'news', 'notes.log'), 'not an article');
  const lines = articles.slice(0, 4).map((f) => JSON.stringify({ id: `doc-${f}`, body: readFileSync(join(corpusDir, f), 'utf8') }));
  lines.splice(2, 0, '{"id": "broken", "body": ');
  writeFileSync(join(dir, 'corpus.jsonl'), lines.join('\n') + '\n');
});

const ndjson = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l));

describe('corpus runs', () => {
  it('a directory is read recursively, in path order, skipping non-article files', () => {
    const r = wenxi(['figures', '-f', 'ndjson', '-j', '1', join(dir, 'news')]);
    expect(r.code).toBe(0);
    const paths = ndjson(r.stdout).map((x) => x.path);
    expect(paths).toHaveLength(articles.length);
    expect(paths).toEqual([...paths].sort());
    expect(paths.some((p) => p.endsWith('notes.log'))).toBe(false);
  });

  it('follows symbolic links to articles and folders, reads a link cycle once, reports a dangling link', () => {
    const linked = join(dir, 'linked');
    mkdirSync(linked);
    symlinkSync(referencePath, join(linked, 'ref.txt'));
    symlinkSync(join(dir, 'news', 'b'), join(linked, 'b'));
    symlinkSync(linked, join(linked, 'loop'));
    symlinkSync(join(dir, 'gone.txt'), join(linked, 'gone.txt'));
    const r = wenxi(['figures', '-f', 'ndjson', '-j', '1', linked]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    const ok = records.filter((x) => !x.error).map((x) => x.path.slice(linked.length + 1));
    expect(ok).toEqual([...articles.filter((_, i) => i % 2).map((f) => `b/${f}`), 'ref.txt']);
    expect(records.filter((x) => x.error).map((x) => x.path)).toEqual([join(linked, 'gone.txt')]);
    expect(r.stderr).toMatch(/^wenxi: .*gone\.txt: /);
  });

  it('-j 2 gives exactly the output of -j 1, in the same order', () => {
    const one = wenxi(['figures', '-f', 'ndjson', '-j', '1', join(dir, 'news'), referencePath]);
    const two = wenxi(['figures', '-f', 'ndjson', '-j', '2', join(dir, 'news'), referencePath]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--include / --exclude filter the files found', () => {
    const r = wenxi(['figures', '-f', 'ndjson', '--exclude', '**/b/**', join(dir, 'news')]);
    const paths = ndjson(r.stdout).map((x) => x.path);
    expect(paths.length).toBe(Math.ceil(articles.length / 2));
    expect(paths.every((p) => !p.includes('/b/'))).toBe(true);
  });

  it('csv over a corpus: one header, then rows with the path column', () => {
    const r = wenxi(['figures', '-f', 'csv', join(dir, 'news')]);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('path,'))).toHaveLength(1);
    expect(lines[0]).toBe('path,section,category,label,value,unit,approx,text,start,end,sentence,max,status,direction,basis,period');
    expect(lines.length).toBeGreaterThan(50);
  });
});

describe('JSON Lines in, NDJSON out (a mapper for Hadoop Streaming / Spark pipe)', () => {
  it('one line out per record, ids replace paths, a malformed line fails alone', () => {
    const input = readFileSync(join(dir, 'corpus.jsonl'));
    const r = wenxi(['figures', '--input-format', 'jsonl', '--text-field', 'body', '-f', 'ndjson', '-j', '2'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('wenxi: -:3: malformed JSON line');
    const out = ndjson(r.stdout);
    expect(out).toHaveLength(5);
    expect(out.map((x) => x.path)).toEqual([
      `doc-${articles[0]}`,
      `doc-${articles[1]}`,
      '-:3',
      `doc-${articles[2]}`,
      `doc-${articles[3]}`,
    ]);
    expect(out[2].error.message).toBe('malformed JSON line');
    expect(out[0].figures.length).toBeGreaterThan(0);
  });
});

describe('stats', () => {
  it('summarises a corpus as JSON', () => {
    const r = wenxi(['stats', '-f', 'json', join(dir, 'news'), referencePath]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.schema).toBe('wenxi.stats/1');
    expect(s.articles).toBe(articles.length + 1);
    expect(s.figuresByCategory.money).toBeGreaterThan(5);
    const values = s.largestMoney.filter((m: { unit: string }) => m.unit === '元').map((m: { value: number }) => m.value);
    expect(values.length).toBeGreaterThan(0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(s.topKeywords.length).toBeGreaterThan(0);
  });
});
