// Formats and options that do what they say (issue 11, items 8–12 and 14).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { workerCount } from '../../src/cli/run.js';
import { corpusDir, referencePath, repoRoot, wenxiBin } from '../paths.js';
import { wenxi } from './run-cli.js';

let dir: string;
const BOX = /[┌│└]/;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wenxi-options-'));
});
const ndjson = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l));

describe('text formats (item 8)', () => {
  it('-f text on analyze, sections and stats is plain text, no box tables', () => {
    for (const command of ['analyze', 'sections', 'stats']) {
      const r = wenxi([command, '-f', 'text', referencePath]);
      expect(r.code).toBe(0);
      expect(r.stdout, command).not.toMatch(BOX);
      expect(r.stdout.length).toBeGreaterThan(100);
    }
    const a = wenxi(['analyze', '-f', 'text', referencePath]).stdout;
    expect(a).toMatch(/^\s+1\. 答好“学习卷”,促党员干部学思践悟 · theme: 学习/m);
    expect(a).toContain('money\t计划投资\t40亿元\t');
  });

  it('segment has no table: -f table and -f md are usage errors', () => {
    for (const f of ['table', 'md']) {
      const r = wenxi(['segment', '-f', f, referencePath]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('each command says its own default format in --help', () => {
    expect(wenxi(['segment', '--help']).stdout).toMatch(/output format \(default: text\)/);
    expect(wenxi(['figures', '--help']).stdout).toMatch(/output format \(default: table on a terminal, else json\)/);
  });

  it('keywords: the table aligns CJK words; text names the path when there are several inputs', () => {
    const other = join(corpusDir, '06_xingan_45xiangmu_kaigong.txt');
    const t = wenxi(['keywords', '-f', 'table', '--top', '5', referencePath]).stdout.split('\n').slice(1, 6);
    // weights start in one display column whatever the words' lengths
    const col = (l: string) => {
      const at = l.search(/0\.\d{4}$/);
      return Array.from(l.slice(0, at)).reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    };
    expect(new Set(t.map(col)).size).toBe(1);
    const one = wenxi(['keywords', '-f', 'text', '--top', '2', referencePath]).stdout;
    expect(one.split('\n')[0]).toMatch(/^主题教育\t0\.\d+$/);
    const two = wenxi(['keywords', '-f', 'text', '--top', '2', referencePath, other]).stdout.trim().split('\n');
    expect(two).toHaveLength(4);
    expect(two[0]).toMatch(new RegExp(`^${referencePath}\t主题教育\t`));
    expect(two[3]!.startsWith(`${other}\t`)).toBe(true);
  });
});

describe('csv and tsv (item 9)', () => {
  it('csv carries a range high bound and the period; --fields picks columns', () => {
    const f = join(dir, 'range.txt');
    writeFileSync(f, '2019年，全县计划新建学校3至5所，总投资1亿元。\n');
    const r = wenxi(['figures', '-f', 'csv', '--fields', 'text,value,max,unit', f]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('text,value,max,unit');
    expect(lines).toContain('3至5所,3,5,所');
    expect(lines).toContain('1亿元,100000000,,元');
  });

  it('tsv is not CSV-quoted: quotes stay, tabs and newlines are escaped', () => {
    const f = join(dir, 'quotes.txt');
    writeFileSync(f, '他说"新签约项目10个"是\t好开头。\n');
    const r = wenxi(['figures', '-f', 'tsv', '--fields', 'text,sentence', f]);
    expect(r.stdout).toBe('text\tsentence\n10个\t他说"新签约项目10个"是\\t好开头。\n');
  });

  it('stats -f csv includes the largest sums', () => {
    const r = wenxi(['stats', '-f', 'csv', referencePath]);
    expect(r.stdout.split('\n')[0]).toBe('measure,key,value,unit,text,label');
    expect(r.stdout).toContain(`largest_money,${referencePath},4000000000,元,40亿元,计划投资`);
  });
});

describe('include / exclude (item 10)', () => {
  let root: string;
  beforeAll(() => {
    root = join(dir, 'tree');
    mkdirSync(join(root, 'gbk'), { recursive: true });
    mkdirSync(join(root, 'sub'), { recursive: true });
    copyFileSync(referencePath, join(root, 'a.txt'));
    copyFileSync(join(corpusDir, 'gbk', '03_dingnan_minsheng.gbk.txt'), join(root, 'gbk', 'b.TXT'));
    copyFileSync(referencePath, join(root, 'sub', 'c.txt'));
  });
  const paths = (args: string[], cwd: string) => ndjson(wenxi(['figures', '-f', 'ndjson', ...args], { cwd }).stdout).map((x) => x.path);

  it("match paths relative to the directory searched, from anywhere ('gbk/**' below ../)", () => {
    expect(paths(['--exclude', 'gbk/**', '..'], join(root, 'sub'))).toEqual(['../a.txt', '../sub/c.txt']);
    expect(paths(['--include', '**/gbk/*', '..'], join(root, 'sub'))).toEqual(['../gbk/b.TXT']);
    expect(paths(['--include', 'gbk/*', root], repoRoot)).toEqual([join(root, 'gbk', 'b.TXT')]);
  });

  it('extensions match case-insensitively, as the directory scan does', () => {
    expect(paths(['--include', '*.txt', root], repoRoot)).toHaveLength(3);
  });

  it('"everything was filtered out" says so', () => {
    const r = wenxi(['figures', '-f', 'ndjson', '--include', '*.md', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`wenxi: ${root}: all 3 article files in this directory are filtered out by --include/--exclude\n`);
  });
});

describe('input type (item 11)', () => {
  const page = () => `<!DOCTYPE html><html><head><title>t</title><script>var x = "投资999亿元";</script></head><body><h2>一、项目</h2><p>新签约落地项目10个，计划投资40亿元。</p></body></html>`;
  const formatOf = (args: string[], input?: string) => JSON.parse(wenxi(['analyze', '-f', 'json', ...args], { input }).stdout)[0].format;

  it('an HTML page saved as .txt is read as HTML (no script text), and --input-format forces a kind', () => {
    const f = join(dir, 'page.txt');
    writeFileSync(f, page());
    const [r] = JSON.parse(wenxi(['figures', '-f', 'json', f]).stdout);
    expect(r.figures.map((x: { text: string }) => x.text)).toEqual(['10个', '40亿元']);
    expect(formatOf([f])).toBe('html');
    expect(formatOf(['--input-format', 'text', f])).toBe('text');
    expect(formatOf(['--input-format', 'md', referencePath])).toBe('markdown');
  });

  it('Markdown on standard input is recognised', () => {
    expect(formatOf(['-'], '# 经开区工作总结\n\n## 一、项目建设\n\n新签约落地项目10个。\n')).toBe('markdown');
    expect(formatOf(['-'], readFileSync(referencePath, 'utf8'))).toBe('text');
  });

  it('directory scans include .shtml and .xhtml', () => {
    const d = join(dir, 'pages');
    mkdirSync(d);
    writeFileSync(join(d, 'a.shtml'), page());
    writeFileSync(join(d, 'b.xhtml'), page());
    const out = ndjson(wenxi(['figures', '-f', 'ndjson', d]).stdout);
    expect(out.map((x) => x.path)).toEqual([join(d, 'a.shtml'), join(d, 'b.xhtml')]);
    expect(out.every((x) => x.figures.length === 2)).toBe(true);
  });
});

describe('options and errors (item 12)', () => {
  it('-o - means standard output', () => {
    const r = wenxi(['figures', '-f', 'csv', '-o', '-', referencePath]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('path,section,')).toBe(true);
  });

  it('workers: never more than inputs or cores', () => {
    expect(workerCount(50, 9)).toBeLessThanOrEqual(9);
    expect(workerCount(50, null)).toBeLessThanOrEqual(availableParallelism());
    expect(workerCount(undefined, 1)).toBe(1);
    const r = wenxi(['figures', '-f', 'ndjson', '-j', '50', referencePath, join(corpusDir, '06_xingan_45xiangmu_kaigong.txt')]);
    expect(ndjson(r.stdout)).toHaveLength(2);
  });

  it('--text-field without JSON Lines is a usage error', () => {
    const r = wenxi(['figures', '--text-field', 'body', referencePath]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wenxi: --text-field/--id-field: only for JSON Lines input (--input-format jsonl, or .jsonl files)\n');
  });

  it('- file - reads standard input once and says so', () => {
    const r = wenxi(['figures', '-f', 'ndjson', '-', referencePath, '-'], { input: '新签约落地项目10个。' });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((x) => x.path)).toEqual(['-', referencePath]);
    expect(r.stderr).toBe('wenxi: -: warning: standard input is given more than once; it is read once, at its first place\n');
  });

  it('one wording per error: FILE:LINE once for a bad dictionary, words instead of ELOOP', () => {
    const dict = join(dir, 'bad.dict');
    writeFileSync(dict, '经开区 5 n\n好词 not-a-number n\n');
    const d = wenxi(['keywords', '--user-dict', dict, referencePath]);
    expect(d.code).toBe(2);
    expect(d.stderr.match(new RegExp(`${dict}:2:`, 'g'))).toHaveLength(1);
    const loop = join(dir, 'loop.txt');
    symlinkSync(loop, loop);
    const l = wenxi(['figures', '-f', 'json', loop]);
    expect(l.code).toBe(1);
    expect(l.stderr).toBe(`wenxi: ${loop}: too many levels of symbolic links\n`);
  });

  it('bare wenxi on a terminal prints usage (exit 2) instead of waiting for input', () => {
    const r = spawnSync('script', ['-qec', `'${process.execPath}' '${wenxiBin}'; echo "rc=$?"`, '/dev/null'], { encoding: 'utf8', cwd: repoRoot, timeout: 20_000 });
    expect(r.stdout).toMatch(/Usage: wenxi/);
    expect(r.stdout).toMatch(/rc=2/);
  });
});

describe('conveniences (item 14)', () => {
  it('--sort value and --min-value for figures', () => {
    const [r] = JSON.parse(wenxi(['figures', '-f', 'json', '--category', 'money', '--sort', 'value', '--min-value', '1e7', referencePath]).stdout);
    // 计划投资40亿元 and 招商引资到位资金15亿元 are over ten million; 860万元 is not
    expect(r.figures.map((f: { text: string }) => f.text)).toEqual(['40亿元', '15亿元']);
  });

  it('--fields for the table, and an unknown field is a usage error', () => {
    const t = wenxi(['figures', '-f', 'table', '--fields', 'label,text', referencePath]).stdout;
    expect(t.split('\n')[1]).toMatch(/│ label\s+│ text\s+│/);
    const bad = wenxi(['figures', '-f', 'csv', '--fields', 'lable', referencePath]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^wenxi: --fields: unknown column "lable"/);
  });

  it('--color=always|never|auto', () => {
    const ESC = '\x1b[';
    expect(wenxi(['figures', '-f', 'table', '--color=always', referencePath]).stdout).toContain(ESC);
    expect(wenxi(['figures', '-f', 'table', '--color=always', referencePath], { env: { NO_COLOR: '1' } }).stdout).toContain(ESC);
    expect(wenxi(['figures', '-f', 'table', '--color=never', referencePath], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(wenxi(['figures', '-f', 'table', '--color=auto', referencePath]).stdout).not.toContain(ESC);
    expect(wenxi(['figures', '--color=sometimes', referencePath]).code).toBe(2);
    // bare --color is always, and never swallows the file after it
    const bare = wenxi(['figures', '-f', 'table', '--color', referencePath]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain(ESC);
  });

  it('-q keeps errors but drops warnings', () => {
    const r = wenxi(['figures', '-q', '-f', 'ndjson', '-', 'missing.txt', '-'], { input: '项目10个。' });
    expect(r.stderr).toBe('wenxi: missing.txt: no such file or directory\n');
  });

  it('--help has examples and exit codes; --version --verbose names the segmenter and dictionary', () => {
    const h = wenxi(['--help']).stdout;
    expect(h).toMatch(/Examples:/);
    expect(h).toMatch(/Exit status:\n\s+0 /);
    expect(wenxi(['figures', '--help']).stdout).toMatch(/Examples:\n\s+wenxi figures /);
    const v = wenxi(['--version', '--verbose']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^wenxi \d+\.\d+\.\d+\n/);
    expect(v.stdout).toMatch(/segmenter: wenxi's shared cppjieba addon|segmenter: nodejieba's own addon/);
    expect(v.stdout).toMatch(/dictionary: .*user\.dict\.utf8/);
    expect(wenxi(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
