// The shared output formats, through the real executable.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../src/text/codepoints.js';
import { corpusDir, referencePath } from '../paths.js';
import { wenxi } from './run-cli.js';

const reference = readFileSync(referencePath, 'utf8');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wenxi-formats-'));
  writeFileSync(join(dir, 'ref.gbk.txt'), iconv.encode(reference, 'gb18030'));
  writeFileSync(join(dir, 'astral.txt'), '𠀀城投资860万元，建成爱心超市78处。\n第二行𝟘没有数字');
});

describe('segment output', () => {
  it('is the same through nodejieba\'s own addon (WENXI_SEGMENTER=nodejieba), astral characters included', () => {
    const inputs = [referencePath, join(dir, 'astral.txt'), ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).slice(0, 3).map((f) => join(corpusDir, f))];
    const shared = wenxi(['segment', '-f', 'ndjson', '--pos', ...inputs]);
    const fallback = wenxi(['segment', '-f', 'ndjson', '--pos', ...inputs], { env: { WENXI_SEGMENTER: 'nodejieba' } });
    expect(shared.code).toBe(0);
    expect(fallback.code).toBe(0);
    expect(fallback.stdout).toBe(shared.stdout);
    expect(shared.stdout.split('\n').filter(Boolean)).toHaveLength(inputs.length);
  });

  it('text: one output line per input line, words separated by the delimiter', () => {
    const r = wenxi(['segment', '--delimiter', '|'], { input: '先后投资860万元\n\n经开区建设' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('先后|投资|860|万元\n\n经开区|建设\n');
  });

  it('json: an array of results whose token offsets are code points into the decoded text', () => {
    const p = join(dir, 'astral.txt');
    const r = wenxi(['segment', '-f', 'json', p]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Array.isArray(out)).toBe(true);
    expect(out[0].path).toBe(p);
    expect(out[0].encoding).toBe('utf-8');
    const text = readFileSync(p, 'utf8');
    for (const t of out[0].tokens) expect(sliceCodePoints(text, t.start, t.end)).toBe(t.word);
    expect(out[0].tokens.map((t: { word: string }) => t.word)).toContain('860');
  });

  it('reports the detected encoding of a GB18030 file', () => {
    const r = wenxi(['segment', '-f', 'ndjson', join(dir, 'ref.gbk.txt')]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout.trim());
    expect(rec.encoding).toBe('gb18030');
    expect(rec.tokens.map((t: { word: string }) => t.word)).toContain('经开区');
  });

  it('csv: a header and one correctly quoted row per token', () => {
    const r = wenxi(['segment', '-f', 'csv', '-'], { input: '他说,"好"' });
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('path,start,end,word,tag');
    expect(lines).toContain('-,2,3,",",');
    expect(lines).toContain('-,3,4,"""",');
  });

  it('--user-dict adds the user\'s own words', () => {
    const dict = join(dir, 'mine.dict');
    writeFileSync(dict, '问需于民 100 i\n');
    expect(wenxi(['segment'], { input: '坚持问需于民' }).stdout.trim()).toBe('坚持 问需 于民');
    expect(wenxi(['segment', '--user-dict', dict], { input: '坚持问需于民' }).stdout.trim()).toBe('坚持 问需于民');
  });

  it('--pos adds tags as word/tag', () => {
    const r = wenxi(['segment', '--pos'], { input: '投资860万元' });
    expect(r.stdout.trim()).toMatch(/^投资\/\w+ 860\/\w+ 万元\/\w+$/);
  });
});

describe('output files and colour', () => {
  it('-o writes the whole result to the file and leaves no temporary file', () => {
    const out = join(dir, 'out', '..', 'result.json');
    const r = wenxi(['figures', '-f', 'json', '-o', out, referencePath]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].figures.length).toBeGreaterThan(10);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('-o without -f takes the format from the file extension', () => {
    const out = join(dir, 'figures.csv');
    expect(wenxi(['figures', '-o', out, referencePath]).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('path,section,category,label,value,unit,approx,text,start,end,sentence,max,status,direction,basis,period');
  });

  it('a run that cannot write leaves no file behind', () => {
    const out = join(dir, 'no-such-dir', 'x.json');
    const r = wenxi(['figures', '-o', out, referencePath]);
    expect(r.code).not.toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('colour only when asked by the terminal, and never with --no-color or NO_COLOR', () => {
    const esc = /\u001b\[/;
    expect(wenxi(['figures', '-f', 'table', referencePath]).stdout).not.toMatch(esc);
    expect(wenxi(['figures', '-f', 'table', referencePath], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(esc);
    expect(wenxi(['figures', '-f', 'table', '--no-color', referencePath], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(esc);
    expect(wenxi(['figures', '-f', 'table', referencePath], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(esc);
  });
});
