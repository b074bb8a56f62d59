// The rules behind charset detection, one at a time: declared charsets,
// UTF-16 without BOM from CJK bytes, and the plausibility of decoded text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, sniffUtf16 } from '../../src/input/decode.js';
import { plausibility, PLAUSIBLE } from '../../src/input/plausible.js';
import { corpusDir, referencePath } from '../paths.js';

const reference = readFileSync(referencePath, 'utf8');
const hant = readFileSync(join(corpusDir, 'hant', 't01_hk_yusuanan_2020_paitang.txt'), 'utf8');

describe('declared charsets', () => {
  const cases: [string, string | null][] = [
    ['<html><head><meta charset="big5"></head>', 'big5hkscs'],
    ["<meta http-equiv='Content-Type' content='text/html; charset=GB2312'>", 'gb18030'],
    ['<?xml version="1.0" encoding="GBK"?><html>', 'gb18030'],
    ['<meta charset=utf-8>', 'utf-8'],
    ['<meta charset="klingon">', null],
    ['<p>charset=big5 in the text is no declaration</p>', null],
  ];
  for (const [head, expected] of cases) it(head, () => expect(declaredCharset(Buffer.from(head, 'latin1'))).toBe(expected));
});

describe('UTF-16 without a BOM', () => {
  it('is recognised from CJK text with no NUL byte at all', () => {
    const cjk = '经济区新签约落地项目十个计划投资四十亿元招商引资到位资金十五亿元';
    expect(iconv.encode(cjk, 'utf-16le').includes(0)).toBe(false);
    expect(sniffUtf16(iconv.encode(cjk, 'utf-16le'))).toBe('utf-16le');
    expect(sniffUtf16(iconv.encode(cjk, 'utf-16be'))).toBe('utf-16be');
  });

  it('is not claimed for UTF-8, GB18030 or Big5 text', () => {
    expect(sniffUtf16(Buffer.from(reference, 'utf8'))).toBeNull();
    expect(sniffUtf16(iconv.encode(reference, 'gb18030'))).toBeNull();
    expect(sniffUtf16(iconv.encode(hant, 'big5hkscs'))).toBeNull();
  });
});

describe('plausibility of decoded Chinese', () => {
  it('real articles, Simplified and Traditional, score high', () => {
    expect(plausibility(reference)).toBeGreaterThan(0.97);
    expect(plausibility(hant)).toBeGreaterThan(0.97);
  });

  it('Big5 read as GB18030, and GBK read as Big5, score low', () => {
    expect(plausibility(iconv.decode(iconv.encode(hant, 'big5hkscs'), 'gb18030'))).toBeLessThan(PLAUSIBLE);
    expect(plausibility(iconv.decode(iconv.encode(reference, 'gb18030'), 'big5hkscs'))).toBeLessThan(PLAUSIBLE);
  });

  it('private-use and replacement characters count against', () => {
    expect(plausibility('经济\uE000\uE001\uFFFD\uFFFD')).toBe(2 / 6);
    expect(plausibility('ASCII only 123')).toBe(1);
  });
});
