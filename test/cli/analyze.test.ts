// The main job, end to end on the reference article and an HTML page made from it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../src/text/codepoints.js';
import { referencePath } from '../paths.js';
import { wenxi } from './run-cli.js';

const reference = readFileSync(referencePath, 'utf8');
let analysis: any;
let dir: string;

beforeAll(() => {
  const r = wenxi(['analyze', '-f', 'json', referencePath]);
  expect(r.code).toBe(0);
  analysis = JSON.parse(r.stdout)[0];
  dir = mkdtempSync(join(tmpdir(), 'wenxi-analyze-'));
});

describe('wenxi analyze', () => {
  it('has the documented, versioned shape', () => {
    expect(analysis.schema).toBe('wenxi.analysis/2');
    for (const k of ['path', 'encoding', 'meta', 'sections', 'figures', 'keywords', 'summary', 'boilerplate'])
      expect(analysis).toHaveProperty(k);
  });

  it('reads the metadata of the reference article', () => {
    expect(analysis.meta.title).toBe('肥城经开区初心"四卷"加快动能转换');
    expect(analysis.meta.date).toBe('2020-01-31');
    expect(analysis.meta.author).toBe('李希平');
    expect(analysis.meta.editor).toBe('赵洋');
  });

  it('finds the four themed sections, with figures and summaries from inside them', () => {
    const top = analysis.sections.filter((s: any) => s.level === 1 && s.heading);
    expect(top.map((s: any) => s.theme)).toEqual(['学习', '作风', '民生', '发展']);
    for (const s of analysis.sections) {
      for (const x of s.summary) {
        expect(x.start).toBeGreaterThanOrEqual(s.start);
        expect(x.end).toBeLessThanOrEqual(s.end);
        expect(sliceCodePoints(reference, x.start, x.end)).toBe(x.text);
      }
      for (const i of s.figures) expect(analysis.figures[i].section).toBe(s.index);
    }
    const minsheng = top[2];
    const texts = minsheng.figures.map((i: number) => analysis.figures[i].text);
    expect(texts).toEqual(expect.arrayContaining(['860万元', '78处', '771户', '1352人']));
  });

  it('keeps boilerplate out of keywords and summaries', () => {
    const kinds = new Set(analysis.boilerplate.map((b: any) => b.kind));
    expect(kinds.size).toBeGreaterThan(1);
    const boiler = analysis.boilerplate.map((b: any) => b.text).join('\n');
    expect(boiler).toContain('声明');
    for (const k of analysis.keywords) expect(['转载', '官方微博', '公众号', '中国周刊网']).not.toContain(k.word);
    for (const s of analysis.summary) for (const b of analysis.boilerplate) expect(s.end <= b.start || s.start >= b.end).toBe(true);
  });

  it('is deterministic', () => {
    const again = JSON.parse(wenxi(['analyze', '-f', 'json', referencePath]).stdout)[0];
    expect(again).toEqual(analysis);
  });

  it('`wenxi FILE` means analyze, and -f md writes a Markdown report', () => {
    const r = wenxi([referencePath, '-f', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# 肥城经开区初心')).toBe(true);
    expect(r.stdout).toContain('| --- |');
    expect(r.stdout).toContain('学习');
  });

  it('reads an HTML page made from the article: headings from <h2>, no script text', () => {
    const paras = reference.split('\n').filter((l) => l.trim());
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>x</title><script>var a="投资999万元"</script></head><body>
<div class="crumb">${paras[0]}</div><h1>${paras[1]}</h1>
${paras.slice(2).map((p) => (p.startsWith('答好') ? `<h2>${p}</h2>` : `<p>${p}</p>`)).join('\n')}</body></html>`;
    const p = join(dir, 'page.html');
    writeFileSync(p, html);
    const r = wenxi(['analyze', '-f', 'json', p]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout)[0];
    expect(a.format).toBe('html');
    expect(a.meta.title).toBe('肥城经开区初心"四卷"加快动能转换');
    expect(a.sections.filter((s: any) => s.level === 1 && s.heading).map((s: any) => s.theme)).toEqual(['学习', '作风', '民生', '发展']);
    expect(a.figures.some((f: any) => f.text === '999万元')).toBe(false);
  });
});
