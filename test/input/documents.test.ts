// The quality bar for document inputs: the reference article and three corpus
// articles as PDF (LibreOffice, a hand-written CID-font PDF, a Chromium print
// made here) and as .docx give the figures and headings of their .txt versions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceFromFileBytes } from '../../src/input/readers.js';
import { sourceFromString } from '../../src/input/source.js';
import { figuresOf } from '../../src/pipeline/figures-stage.js';
import type { SourceText } from '../../src/types.js';
import { corpusDir, fixture, referencePath, repoRoot } from '../paths.js';

const doc = (name: string) => fixture(join('documents', name));
const cache = new Map<string, Promise<SourceText>>();
const read = (path: string): Promise<SourceText> => {
  if (!cache.has(path)) cache.set(path, sourceFromFileBytes(path, readFileSync(path)));
  return cache.get(path)!;
};
const pdfjsRoot = join(repoRoot, 'node_modules', 'pdfjs-dist');

/** Share of the .txt's figures found in the document with the same value, unit and text. */
function agreement(txt: SourceText, other: SourceText) {
  const a = figuresOf(txt);
  const b = figuresOf(other);
  const key = (f: { value: number; unit: string | null; text: string }) => `${f.value}|${f.unit}|${f.text}`;
  const pool = new Map<string, number>();
  for (const f of b.figures) pool.set(key(f), (pool.get(key(f)) ?? 0) + 1);
  let same = 0;
  for (const f of a.figures) {
    const n = pool.get(key(f)) ?? 0;
    if (n > 0) {
      same++;
      pool.set(key(f), n - 1);
    }
  }
  return { share: same / a.figures.length, count: [a.figures.length, b.figures.length], headings: [a.sectionHeadings, b.sectionHeadings] };
}

/** Raw text items as pdfjs gives them, before wenxi's normalisation: to show each fixture has its trap. */
async function rawItems(path: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const d = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), cMapUrl: join(pdfjsRoot, 'cmaps') + '/', cMapPacked: true, verbosity: 0 }).promise;
  const out: string[] = [];
  for (let n = 1; n <= d.numPages; n++) {
    const c = await (await d.getPage(n)).getTextContent();
    for (const it of c.items) if ('str' in it) out.push(it.str);
  }
  await d.destroy();
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, '');

const PAIRS: [string, string][] = [
  [referencePath, doc('reference.libreoffice.pdf')],
  [referencePath, doc('reference.docx')],
  [referencePath, doc('reference.doc')],
  [join(corpusDir, '03_dingnan_minsheng.txt'), doc('03_dingnan_minsheng.libreoffice.pdf')],
  [join(corpusDir, '03_dingnan_minsheng.txt'), doc('03_dingnan_minsheng.docx')],
  [join(corpusDir, '09_sanyuanpu_zhen_gaikuang.txt'), doc('09_sanyuanpu_zhen_gaikuang.docx')],
  [join(corpusDir, '19_jijin_mujie_300yi.txt'), doc('19_jijin_mujie_300yi.cid.pdf')],
  [join(corpusDir, '27_xinjiang_jijian_jiancai.txt'), doc('27_xinjiang_jijian_jiancai.official.pdf')],
  [join(corpusDir, '19_jijin_mujie_300yi.txt'), doc('19_jijin_mujie_300yi.docx')],
];

describe('PDF and Word inputs give the figures and headings of the .txt', () => {
  for (const [txt, other] of PAIRS) {
    it(other.split('/').pop()!, async () => {
      const r = agreement(await read(txt), await read(other));
      expect(r.count[0]).toBeGreaterThan(10);
      expect(r.share).toBeGreaterThanOrEqual(0.95);
      expect(r.headings[1]).toEqual(r.headings[0]);
    });
  }
});

describe('Chromium print (made here: Skia writes radical code points)', () => {
  let pdf: string;
  const txt = join(corpusDir, '09_sanyuanpu_zhen_gaikuang.txt');
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'wenxi-chromium-'));
    const text = readFileSync(txt, 'utf8');
    const headings = new Set(figuresOf(sourceFromString(txt, text, 'utf-8', 'text')).sectionHeadings);
    const body = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => (headings.has(l) ? `<h2>${l}</h2>` : `<p>${l}</p>`))
      .join('\n');
    const html = join(dir, 'a.html');
    writeFileSync(html, `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif}</style></head><body>${body}</body></html>`);
    pdf = join(dir, 'a.pdf');
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: 'ignore', timeout: 60_000 });
  });

  it('has radicals in its text layer, and wenxi reads them as the article’s characters', async () => {
    const raw = (await rawItems(pdf)).join('');
    expect(raw).toMatch(/[\u2e80-\u2fdf]/u);
    const src = await read(pdf);
    expect(src.text).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(squash(src.text)).toBe(squash(readFileSync(txt, 'utf8')));
  });

  it('gives the same figures and headings (from <h2> type size)', async () => {
    const src = await read(pdf);
    expect(src.headingLines.length).toBe(10);
    const r = agreement(await read(txt), src);
    expect(r.share).toBeGreaterThanOrEqual(0.95);
    expect(r.headings[1]).toEqual(r.headings[0]);
  });
});

describe('PDF paragraphs', () => {
  const lines = (t: string) => t.split('\n').map(squash).filter(Boolean);
  const cases: [string, string][] = [
    [referencePath, 'reference.libreoffice.pdf'],
    [join(corpusDir, '03_dingnan_minsheng.txt'), '03_dingnan_minsheng.libreoffice.pdf'],
    [join(corpusDir, '27_xinjiang_jijian_jiancai.txt'), '27_xinjiang_jijian_jiancai.official.pdf'],
  ];
  for (const [txt, pdf] of cases) {
    it(`${pdf}: one line per paragraph of the .txt, wrapped lines joined, header and page numbers gone`, async () => {
      expect(lines((await read(doc(pdf))).text)).toEqual(lines(readFileSync(txt, 'utf8')));
    });
  }
});

describe('PDF traps, each on its fixture', () => {
  it('LibreOffice spaces Han from digits; wenxi reads 研讨6次 as written', async () => {
    const raw = (await rawItems(doc('reference.libreoffice.pdf'))).join('');
    expect(raw).toMatch(/研讨 ?6 次|研讨 6/);
    const src = await read(doc('reference.libreoffice.pdf'));
    expect(src.text).toContain('先后集中学习研讨6次,上党课3次,撰写学习心得130余篇。');
    expect(squash(src.text)).toBe(squash(readFileSync(referencePath, 'utf8')));
  });

  it('a CID font without ToUnicode (STSong-Light, UniGB-UCS2-H) reads back, full-width digits as ASCII, two columns in order', async () => {
    const raw = (await rawItems(doc('19_jijin_mujie_300yi.cid.pdf'))).join('');
    expect(raw).toMatch(/２９．６/);
    const src = await read(doc('19_jijin_mujie_300yi.cid.pdf'));
    expect(src.text).toContain('该基金首发规模达到29.6亿份');
    // running header and page numbers are gone; the text is the article's, in reading order
    expect(src.text).not.toMatch(/财经周刊|— \d —/);
    expect(squash(src.text)).toBe(squash(readFileSync(join(corpusDir, '19_jijin_mujie_300yi.txt'), 'utf8')));
  });

  it('headings set in larger type become heading lines', async () => {
    const src = await read(doc('03_dingnan_minsheng.libreoffice.pdf'));
    const lines = src.text.split('\n');
    expect(src.headingLines.map((i) => lines[i])).toEqual(['饮水工程让山民喝上干净水', '多轮驱动广铺就业创业路', '贴心便民服务获群众点赞']);
  });
});

describe('Word', () => {
  it('legacy .doc keeps curly quotes as written', async () => {
    const src = await read(doc('reference.doc'));
    expect(src.format).toBe('doc');
    expect(src.text).toContain('答好“学习卷”,促党员干部学思践悟');
  });

  it('custom Chinese style names (标题 1, 标题 2) become headings', async () => {
    const src = await read(doc('03_dingnan_minsheng.docx'));
    expect(src.format).toBe('docx');
    const lines = src.text.split('\n');
    expect(src.headingLines.map((i) => lines[i])).toEqual(['饮水工程让山民喝上干净水', '多轮驱动广铺就业创业路', '贴心便民服务获群众点赞']);
  });

  it('table rows are one line each, keep their figures, and are neither headings nor summary sentences', async () => {
    const src = await read(doc('table.docx'));
    const lines = src.text.split('\n');
    expect(src.tableLines!.map((i) => lines[i])).toEqual([
      '基础设施 | 进展',
      '道路硬化工程 | 完成道路硬化3.2公里，投资860万元。',
      '饮水安全工程 | 铺设管网12公里，惠及群众1352人。',
      '公共服务 | 进展',
      '爱心超市 | 建成爱心超市78处，服务困难群众771户。',
    ]);
    const figs = figuresOf(src);
    expect(figs.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['860万元', '1352人', '78处', '771户']));
    expect(figs.sectionHeadings.filter((h) => h && h.includes('|'))).toEqual([]);
    // the same lines without the table marks would give the header rows as layout headings
    const plain = figuresOf({ ...src, tableLines: [] });
    expect(plain.sectionHeadings).toContain('基础设施 | 进展');
  });
});
