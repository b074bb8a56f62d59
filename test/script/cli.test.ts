// Traditional inputs through the real executable: the script in the output,
// --script, and a Big5 file read with --encoding big5.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/input/decode.js';
import { wenxi } from '../cli/run-cli.js';
import { corpusDir, referencePath } from '../paths.js';

const t08 = join(corpusDir, 'hant', 't08_xianggang_yiyue_lingshouye_xiaohuozhi.txt');
const t06 = join(corpusDir, 'hant', 't06_aomen_2004_shiyue_lvke_rujing.txt');

interface Out {
  path: string;
  encoding: string;
  script: string;
  figures: { text: string; value: number; unit: string; start: number; end: number; label: string | null }[];
}
const json = (stdout: string) => JSON.parse(stdout) as Out[];

describe('Traditional inputs on the command line', () => {
  it('reports the script of each input', () => {
    const r = wenxi(['figures', '-f', 'json', referencePath, t08]);
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((x) => x.script)).toEqual(['hans', 'hant']);
  });

  it('--script overrides detection: hans reads Traditional characters as they are', () => {
    // the number reader knows 戶 and 處 itself (issue 9); the segmenter knows only Simplified words
    const text = '政府統計處公布，全港共有2,500戶受惠，並設立30處服務站，撥款3億元。\n';
    const auto = wenxi(['figures', '-f', 'json', '-'], { input: text });
    expect(json(auto.stdout)[0]!.script).toBe('hant');
    expect(json(auto.stdout)[0]!.figures.map((x) => [x.text, x.unit])).toEqual([
      ['2,500戶', '户'],
      ['30處', '处'],
      ['3億元', '元'],
    ]);
    const forced = json(wenxi(['figures', '-f', 'json', '--script', 'hans', '-'], { input: text }).stdout)[0]!;
    expect(forced.script).toBe('hans');
    expect(forced.figures.map((x) => x.text)).toEqual(['2,500戶', '30處', '3億元']);
    const phrase = '肥城經濟開發區舉行招商引資簽約儀式\n';
    expect(wenxi(['segment', '-'], { input: phrase }).stdout).toBe('肥城 經濟開發區 舉行 招商引資 簽約 儀式\n');
    expect(wenxi(['segment', '--script', 'hans', '-'], { input: phrase }).stdout).toBe('肥城 經濟開 發區 舉行 招商 引資 簽約 儀式\n');
    expect(wenxi(['figures', '--script', 'klingon', t06]).code).toBe(2);
  });

  it('reads a Big5 file with --encoding big5 as its UTF-8 original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenxi-big5-'));
    const big5 = join(dir, 't08.big5.txt');
    const text = readFileSync(t08, 'utf8');
    const bytes = iconv.encode(text, 'big5');
    expect(iconv.decode(bytes, 'big5')).toBe(text);
    writeFileSync(big5, bytes);
    const a = json(wenxi(['figures', '-f', 'json', t08]).stdout)[0]!;
    const r = wenxi(['figures', '-f', 'json', '--encoding', 'big5', big5]);
    expect(r.code).toBe(0);
    const b = json(r.stdout)[0]!;
    expect(b.script).toBe('hant');
    expect(b.figures).toEqual(a.figures);
  });

  // Big5 detection is issue 11's: this runs once the decoder recognises Big5 bytes
  const big5Detected = /big5/i.test(decode(iconv.encode(readFileSync(t08, 'utf8'), 'big5')).encoding);
  it.skipIf(!big5Detected)('reads a Big5 file without --encoding once Big5 is detected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenxi-big5-'));
    const big5 = join(dir, 't06.big5.txt');
    writeFileSync(big5, iconv.encode(readFileSync(t06, 'utf8'), 'big5'));
    const a = json(wenxi(['figures', '-f', 'json', t06]).stdout)[0]!;
    const b = json(wenxi(['figures', '-f', 'json', big5]).stdout)[0]!;
    expect(b.script).toBe('hant');
    expect(b.figures).toEqual(a.figures);
  });
});
