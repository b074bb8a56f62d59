// status, change and --explain through the real process.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { corpusDir } from '../paths.js';
import { wenxi } from './run-cli.js';

const xinjiang = join(corpusDir, '27_xinjiang_jijian_jiancai.txt');

describe('figures: status, change, --status, --explain', () => {
  it('--status target keeps the planned figures only; csv carries status, direction, basis, period', () => {
    const r = wenxi(['figures', '-f', 'csv', '--status', 'target', xinjiang]);
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n');
    expect(head!.endsWith(',status,direction,basis,period')).toBe(true);
    // 预计新疆建材行业到2015年，工业总产值达到635亿元 is planned; 截至2010年，其总资产已达44.68亿元 is not
    expect(rows.some((l) => l.includes(',635亿元,'))).toBe(true);
    expect(rows.some((l) => l.includes(',44.68亿元,'))).toBe(false);
    expect(rows.every((l) => /,target,(up|down)?,[^,]*,[^,]*$/.test(l))).toBe(true);
  });
  it('--explain says which rules produced each figure; tables show 目标/实绩 and ↑', () => {
    const r = wenxi(['figures', '-f', 'table', '--explain', '--no-color', xinjiang], { env: { COLUMNS: '160' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/635亿元 @166: extractor quantity; label 工业总产值 ← subject before the number; status target ← target: 预计/);
    expect(r.stdout).toContain('目标');
    expect(r.stdout).toContain('实绩');
    expect(r.stdout).toMatch(/↑ 30 %/);
    const json = JSON.parse(wenxi(['figures', '-f', 'json', '--explain', xinjiang]).stdout);
    const f = json[0].figures.find((x: { text: string }) => x.text === '2.42倍');
    expect([f.status, f.change, typeof f.explain.status]).toEqual(['actual', { direction: 'up', basis: '较五年前' }, 'string']);
  });
  it('stats counts targets and actuals apart', () => {
    const r = wenxi(['stats', '-f', 'json', '--no-progress', xinjiang, join(corpusDir, '19_jijin_mujie_300yi.txt')]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    const { actual, target, unknown } = s.figuresByStatus;
    expect(actual + target + unknown).toBe(s.figures);
    // 27 is mostly plans (预计, 将, 计划), 19 mostly results: both kinds are there
    expect(target).toBeGreaterThan(15);
    expect(actual).toBeGreaterThan(15);
  });
  it('a bad --status is a usage error', () => {
    expect(wenxi(['figures', '--status', 'planned', xinjiang]).code).toBe(2);
  });
});
