// Bad input gets one clear line on stderr and loses nothing else.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { referencePath } from '../paths.js';
import { wenxi } from './run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wenxi-errors-'));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  writeFileSync(join(dir, 'blank.txt'), '  \n\n\t\n');
  writeFileSync(join(dir, 'good.txt'), '2019年，新签约落地项目10个，计划投资40亿元。');
  mkdirSync(join(dir, 'nothing'));
  writeFileSync(join(dir, 'nothing', 'photo.jpg'), 'x');
  writeFileSync(join(dir, 'bad.dict'), '经开区 5 n\n好词 not-a-number n\n');
});

const oneLine = (stderr: string) => stderr.trim().split('\n');

describe('bad input', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'missing.txt'), /no such file/],
    ['a binary file', () => join(dir, 'binary.txt'), /binary/],
    ['an empty input', () => join(dir, 'blank.txt'), /empty/],
    ['a directory with no article files', () => join(dir, 'nothing'), /no article files/],
  ];
  for (const [what, path, message] of cases) {
    it(`${what}: one line, exit 1, and the good input is still processed`, () => {
      const p = path();
      const r = wenxi(['figures', '-f', 'ndjson', p, join(dir, 'good.txt')]);
      expect(r.code).toBe(1);
      const lines = oneLine(r.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`wenxi: ${p}: `)).toBe(true);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\s+at /); // no stack trace
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(out).toHaveLength(2);
      expect(out[0].path).toBe(p);
      expect(out[0].error.message).toMatch(message);
      expect(out[1].path).toBe(join(dir, 'good.txt'));
      expect(out[1].figures.map((f: { text: string }) => f.text)).toEqual(expect.arrayContaining(['10个', '40亿元']));
    });
  }

  it('a wrong --encoding name is a usage error (exit 2)', () => {
    const r = wenxi(['figures', '--encoding', 'klingon', referencePath]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual(['wenxi: --encoding: unknown encoding "klingon"']);
    expect(r.stdout).toBe('');
  });

  it('an unknown option is a usage error (exit 2)', () => {
    const r = wenxi(['figures', '--frobnicate', referencePath]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)[0]).toMatch(/^wenxi: unknown option '--frobnicate'/);
  });

  it('a malformed user dictionary names its line (exit 2)', () => {
    const r = wenxi(['segment', '--user-dict', join(dir, 'bad.dict'), referencePath]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(`wenxi: ${join(dir, 'bad.dict')}:2:`);
  });

  it('exit 0 when everything is fine, and --help / --version work', () => {
    expect(wenxi(['figures', '-f', 'json', referencePath]).code).toBe(0);
    const help = wenxi(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('figures');
    expect(wenxi(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const sub = wenxi(['segment', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--mode');
  });
});
