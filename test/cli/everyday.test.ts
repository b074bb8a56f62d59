// Everyday use without surprises (issue 11): honest write errors, mistyped
// commands, charsets, formats and options that do what they say — each
// through the real executable.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, referencePath, repoRoot, wenxiBin } from '../paths.js';
import { wenxi } from './run-cli.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wenxi-everyday-'));
});

const sh = (script: string) => spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: repoRoot, env: { ...process.env, FORCE_COLOR: '' } });
const bin = `'${process.execPath}' '${wenxiBin}'`;
const json = (s: string) => JSON.parse(s) as any[];
const texts = (r: { figures: { text: string }[] }) => r.figures.map((f) => f.text);

describe('write failures (item 2)', () => {
  it('stdout on a full device: one line naming standard output, exit 1', () => {
    const r = sh(`${bin} figures -f json fixtures/reference.txt > /dev/full`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('wenxi: standard output: cannot write: no space left on device\n');
  });

  it('-o on a full device: one line naming the file, exit 1', () => {
    const r = wenxi(['figures', '-f', 'json', '-o', '/dev/full', referencePath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('wenxi: /dev/full: cannot write: no space left on device\n');
  });

  it('-o a directory says "is a directory", not EISDIR', () => {
    const r = wenxi(['figures', '-f', 'json', '-o', dir, referencePath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`wenxi: ${dir}: cannot write: is a directory\n`);
  });

  it('a reader that stops early (| head -1) is no error: quiet, exit 0', () => {
    const r = sh(`${bin} figures -f ndjson fixtures/reference.txt ${corpusDir}/*.txt | head -1 > /dev/null; echo "rc=\${PIPESTATUS[0]}" >&2`);
    expect(r.stderr).toBe('rc=0\n');
  });
});

describe('a mistyped command (item 3)', () => {
  it('is a usage error with a suggestion, and nothing is analysed', () => {
    const r = wenxi(['figurse', referencePath]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("wenxi: unknown command 'figurse' (did you mean figures?)\n");
    expect(r.stdout).toBe('');
  });

  it('an existing file as the first word is still analysed', () => {
    const r = wenxi(['-f', 'json', referencePath]);
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0].schema).toBe('wenxi.analysis/2');
  });
});

describe('charsets (item 4)', () => {
  const hant = join(corpusDir, 'hant', 't03_hk_yiqing_kangyi_kaizhi_1309yi.txt');
  const hantText = () => readFileSync(hant, 'utf8');

  it('Big5 text decodes as Big5 and gives the same figures as its UTF-8 original', () => {
    const big5 = join(dir, 'big5.txt');
    writeFileSync(big5, iconv.encode(hantText(), 'big5hkscs'));
    const [orig] = json(wenxi(['figures', '-f', 'json', hant]).stdout);
    const r = wenxi(['figures', '-f', 'json', big5]);
    expect(r.stderr).toBe('');
    const [b] = json(r.stdout);
    expect(b.encoding).toBe('big5');
    expect(texts(b)).toEqual(texts(orig));
    expect(texts(b)).toContain('1309億元');
  });

  it('an HTML page declaring <meta charset="big5"> is read as Big5', () => {
    const page = join(dir, 'big5.html');
    const body = hantText().split('\n').map((l) => `<p>${l}</p>`).join('\n');
    writeFileSync(page, iconv.encode(`<!doctype html><html><head><meta charset="big5"><title>t</title></head><body>${body}</body></html>`, 'big5hkscs'));
    const [r] = json(wenxi(['figures', '-f', 'json', page]).stdout);
    expect(r.encoding).toBe('big5');
    expect(texts(r)).toContain('1309億元');
  });

  it('a declared charset that is wrong (UTF-8 bytes, meta says gb2312) does not win', () => {
    const page = join(dir, 'liar.html');
    writeFileSync(page, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>新签约落地项目10个，计划投资40亿元。</p></body></html>`);
    const [r] = json(wenxi(['figures', '-f', 'json', page]).stdout);
    expect(r.encoding).toBe('utf-8');
    expect(texts(r)).toEqual(['10个', '40亿元']);
  });

  it('UTF-16 without a BOM is recognised from the byte pattern of CJK text', () => {
    const text = readFileSync(referencePath, 'utf8');
    const [orig] = json(wenxi(['figures', '-f', 'json', referencePath]).stdout);
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const f = join(dir, `${enc}.txt`);
      writeFileSync(f, iconv.encode(text, enc)); // iconv-lite writes no BOM
      const r = wenxi(['figures', '-f', 'json', f]);
      expect(r.code).toBe(0);
      const [u] = json(r.stdout);
      expect(u.encoding).toBe(enc);
      expect(texts(u)).toEqual(texts(orig));
    }
  });

  it('a wrong --encoding is said on stderr with the encoding that reads (and -q silences the warning)', () => {
    const big5 = join(dir, 'big5-forced.txt');
    writeFileSync(big5, iconv.encode(hantText(), 'big5hkscs'));
    // GB18030 decodes any bytes: the result is garbage, processed but warned about
    const r = wenxi(['figures', '-f', 'json', '--encoding', 'gb18030', big5]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wenxi: ${big5}: warning: decoded as gb18030 (--encoding), but the text does not look like Chinese; it reads as big5 without --encoding\n`);
    expect(wenxi(['figures', '-f', 'json', '-q', '--encoding', 'gb18030', big5]).stderr).toBe('');
    // Big5 cannot decode GBK bytes at all: an error for that input, with the way out
    const gbk = join(corpusDir, 'gbk', '03_dingnan_minsheng.gbk.txt');
    const bad = wenxi(['figures', '-f', 'json', '--encoding', 'big5', gbk]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`wenxi: ${gbk}: not valid big5: some bytes do not decode (it reads as gb18030 without --encoding)\n`);
  });

  it('a JSON Lines record longer than the 64 KB the encoding is judged from is still UTF-8', () => {
    const long = readFileSync(referencePath, 'utf8').repeat(40); // ~250 KB on one line
    const f = join(dir, 'long.jsonl');
    writeFileSync(f, JSON.stringify({ id: 'long', text: long }) + '\n');
    const r = wenxi(['figures', '-f', 'ndjson', f]);
    expect(r.stderr).toBe('');
    const [rec] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rec.encoding).toBe('utf-8');
    // the same text as a file gives the same figures
    writeFileSync(join(dir, 'long.txt'), long);
    const [asFile] = json(wenxi(['figures', '-f', 'json', join(dir, 'long.txt')]).stdout);
    expect(rec.figures.length).toBeGreaterThan(200);
    expect(texts(rec)).toEqual(texts(asFile));
  });

  it('JSON Lines in GB18030: detected, or as --encoding says; a BOM before the first record is no malformed line', () => {
    const reference = readFileSync(referencePath, 'utf8');
    const lines = [JSON.stringify({ id: 'ref', text: reference }), JSON.stringify({ id: 'short', text: '新签约落地项目10个，计划投资40亿元。' })].join('\n') + '\n';
    const gb = join(dir, 'corpus.gb.jsonl');
    writeFileSync(gb, iconv.encode(lines, 'gb18030'));
    const bom = join(dir, 'corpus.bom.jsonl');
    writeFileSync(bom, '\uFEFF' + lines);
    for (const args of [[gb], ['--encoding', 'gb18030', gb], [bom]]) {
      const r = wenxi(['figures', '-f', 'ndjson', '--input-format', 'jsonl', ...args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(out.map((x) => x.path)).toEqual(['ref', 'short']);
      expect(out[1].figures.map((f: { label: string }) => f.label)).toEqual(['新签约落地项目', '计划投资']);
      expect(JSON.stringify(out)).not.toContain('\uFFFD');
    }
  });
});
