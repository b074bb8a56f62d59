import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/input/decode.js';
import { sourceFromBytes } from '../../src/input/source.js';
import { corpusDir, referencePath } from '../paths.js';

const reference = readFileSync(referencePath, 'utf8');

describe('encoding detection', () => {
  it('reads UTF-8 without and with BOM', () => {
    expect(decode(Buffer.from(reference, 'utf8'))).toEqual({ text: reference, encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(reference, 'utf8')]);
    expect(decode(bom)).toEqual({ text: reference, encoding: 'utf-8-bom' });
  });

  it('reads GB18030 bytes made from the reference article', () => {
    const d = decode(iconv.encode(reference, 'gb18030'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(reference);
  });

  it('reads the corpus GB18030 copies byte-exactly like their UTF-8 originals', () => {
    for (const name of ['03_dingnan_minsheng', '09_sanyuanpu_zhen_gaikuang']) {
      const d = decode(readFileSync(join(corpusDir, 'gbk', `${name}.gbk.txt`)));
      expect(d.encoding).toBe('gb18030');
      expect(d.text).toBe(readFileSync(join(corpusDir, `${name}.txt`), 'utf8'));
    }
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(reference, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(reference, 'utf-16be')]);
    expect(decode(le)).toEqual({ text: reference, encoding: 'utf-16le' });
    expect(decode(be)).toEqual({ text: reference, encoding: 'utf-16be' });
  });

  it('honours a forced encoding', () => {
    const gbk = iconv.encode('投资860万元', 'gbk');
    expect(decode(gbk, 'GBK')).toEqual({ text: '投资860万元', encoding: 'gbk' });
    expect(() => decode(gbk, 'no-such-encoding')).toThrow(/unknown encoding/);
  });

  it('rejects binary data', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]))).toThrow(/binary/);
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    expect(() => decode(random)).toThrow();
  });
});

describe('source text', () => {
  it('normalises CRLF and CR line endings', () => {
    const s = sourceFromBytes('a.txt', Buffer.from('第一行\r\n第二行\r第三行'));
    expect(s.text).toBe('第一行\n第二行\n第三行');
  });

  it('rejects empty and whitespace-only input', () => {
    expect(() => sourceFromBytes('e.txt', Buffer.from(' \n\t\u3000\n'))).toThrow(/empty/);
  });
});
