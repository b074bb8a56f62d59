// No dictionary load here: configureSegmenter validates files eagerly and must
// not load nodejieba; malformed lines are reported with their line numbers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureSegmenter, isSegmenterLoaded, loadTimeMs, UserDictError } from '../../src/segment/index.js';
import { parseUserDict } from '../../src/segment/userdict.js';

const dir = mkdtempSync(join(tmpdir(), 'wenxi-test-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('user dictionary validation', () => {
  it('accepts jieba forms: word, word freq, word tag, word freq tag', () => {
    expect(parseUserDict('经开区\n营商环境 300\n户户通 n\n\n爱心超市 20 n\n', 'x')).toEqual([
      { word: '经开区', freq: null, tag: null },
      { word: '营商环境', freq: 300, tag: null },
      { word: '户户通', freq: null, tag: 'n' },
      { word: '爱心超市', freq: 20, tag: 'n' },
    ]);
  });

  it.each([
    ['a 1 n extra', 1],
    ['好词 10 n\n坏词 1.5 n', 2],
    ['好词\n\n坏词 -3', 3],
    ['好词 n 10', 1],
    ['好词 0 n', 1],
  ])('reports %j at line %i', (text, line) => {
    const p = file(`bad${line}-${text.length}.txt`, text);
    let err: unknown;
    try {
      configureSegmenter({ userDicts: [p] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserDictError);
    expect((err as UserDictError).line).toBe(line);
    expect((err as UserDictError).path).toBe(p);
    expect((err as Error).message).toContain(`${p}:${line}:`);
  });

  it('reports a missing file and a non-UTF-8 file without a line', () => {
    expect(() => configureSegmenter({ userDicts: [join(dir, 'nope.txt')] })).toThrow(UserDictError);
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xbe, 0xad, 0xbf, 0xaa, 0xc7, 0xf8, 0x0a])); // 经开区 in GBK
    try {
      configureSegmenter({ userDicts: [gbk] });
      expect.unreachable();
    } catch (e) {
      expect((e as UserDictError).line).toBeNull();
    }
  });

  it('never loaded the dictionary', () => {
    configureSegmenter({ userDicts: [file('good.txt', '双招双引 800 vn\n')] });
    expect(isSegmenterLoaded()).toBe(false);
    expect(loadTimeMs()).toBeNull();
  });
});
