// Terminal output (issue 11, items 5–7): tables fit the terminal, the
// progress bar never eats errors or mixes with results, and the highlighted
// figure is the right occurrence.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-width.js';
import { corpusDir, referencePath, repoRoot, wenxiBin } from '../paths.js';
import { wenxi } from './run-cli.js';

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const widest = (out: string) => Math.max(...out.replace(ANSI, '').split(/\r?\n/).map(displayWidth));

/** Run on a pseudo-terminal of `cols` columns (util-linux script), stdout and stderr both on it. */
function onTerminal(cols: number, args: string, redirect = ''): string {
  const cmd = `stty cols ${cols} rows 40; '${process.execPath}' '${wenxiBin}' ${args} ${redirect}`;
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', cwd: repoRoot, env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '1' } });
  return r.stdout;
}

describe('tables fit the terminal (item 5)', () => {
  it('figures at 80 columns on a real terminal: no line wider than 80', () => {
    const out = onTerminal(80, `figures ${referencePath}`);
    expect(out).toContain('计划投资');
    expect(widest(out)).toBeLessThanOrEqual(80);
  });

  for (const cols of [80, 100]) {
    it(`analyze, figures and stats at ${cols} columns (COLUMNS in a pipe) stay within ${cols}`, () => {
      const env = { COLUMNS: String(cols) };
      for (const args of [
        ['figures', '-f', 'table', referencePath],
        ['analyze', '-f', 'table', referencePath],
        ['stats', '-f', 'table', referencePath, join(corpusDir, '06_xingan_45xiangmu_kaigong.txt')],
      ]) {
        const r = wenxi(args, { env });
        expect(r.code).toBe(0);
        expect(widest(r.stdout), args.join(' ')).toBeLessThanOrEqual(cols);
        expect(r.stdout).toMatch(/[┌│]/);
      }
    });
  }

  it('below a sane width the rows are stacked, one "column value" line each', () => {
    const r = wenxi(['figures', '-f', 'table', referencePath], { env: { COLUMNS: '40' } });
    expect(r.stdout).not.toMatch(/[┌│]/);
    expect(widest(r.stdout)).toBeLessThanOrEqual(40);
    expect(r.stdout).toMatch(/^label\s+计划投资$/m);
    expect(r.stdout).toMatch(/^text\s+40亿元$/m);
  });
});

describe('the progress bar (item 6)', () => {
  it('never mixes with results on the same terminal', () => {
    const out = onTerminal(100, `keywords ${referencePath} ${join(corpusDir, '06_xingan_45xiangmu_kaigong.txt')}`);
    expect(out).toContain('主题教育');
    expect(out).not.toMatch(/MB\/s|articles \|/);
  });

  it('prints errors whole above the bar and leaves line wrap on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenxi-bar-'));
    const missing = join(dir, 'a-rather-long-directory-name-for-the-test', 'and-a-long-file-name-that-will-not-fit-in-forty-columns.txt');
    const out = onTerminal(40, `figures -f json ${missing} ${referencePath} ${join(corpusDir, '06_xingan_45xiangmu_kaigong.txt')}`, `> ${join(dir, 'out.json')}`);
    expect(out.replace(ANSI, '').replace(/\r?\n/g, '')).toContain(`wenxi: ${missing}: no such file or directory`);
    expect(out).not.toContain('\x1b[?7l'); // line wrap never switched off
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toHaveLength(3);
  });
});

describe('the figure in its sentence (item 7)', () => {
  const article = join(corpusDir, '06_xingan_45xiangmu_kaigong.txt');
  const UNDERLINED = /\x1b\[1m\x1b\[4m(.+?)\x1b\[24m\x1b\[22m/;

  it('2万吨 is underlined where it stands, not inside 52万吨', () => {
    const r = wenxi(['figures', '-f', 'table', '--color=always', article], { env: { COLUMNS: '200' } });
    const row = r.stdout.split('\n').find((l) => l.includes('红云酒厂') && /\s20,000 吨/.test(l))!;
    expect(row).toBeDefined();
    const m = UNDERLINED.exec(row)!;
    expect(m[1]).toBe('2万吨');
    expect(row.slice(0, m.index).replace(ANSI, '')).toMatch(/酒厂$/);
  });

  it('the same figure three times in a sentence: each row underlines its own occurrence', () => {
    const r = wenxi(['figures', '-f', 'table', '--color=always', '-'], { input: '今年投资1亿元，贷款1亿元，补助1亿元。\n', env: { COLUMNS: '120' } });
    const rows = r.stdout.split('\n').filter((l) => l.includes('100,000,000'));
    expect(rows).toHaveLength(3);
    const before = rows.map((row) => row.slice(0, UNDERLINED.exec(row)!.index).replace(ANSI, '').slice(-2));
    expect(before).toEqual(['投资', '贷款', '补助']);
  });

  it('the text column shows the source text exactly (10多万元) under a header', () => {
    const r = wenxi(['figures', '-f', 'table', join(corpusDir, '03_dingnan_minsheng.txt')], { env: { COLUMNS: '160' } });
    const lines = r.stdout.split('\n');
    expect(lines[2]).toMatch(/│ category\s+│ label\s+│\s+value │ text\s+│ ≈ │/);
    const row = lines.find((l) => l.includes('100,000 元') && l.includes('筹集'))!;
    expect(row.split('│').map((c) => c.trim())).toContain('10多万元');
  });
});
