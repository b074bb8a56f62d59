// Gold headings and metadata of the shared corpus (hand-checked files in ../shared/corpus/gold).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleOf, checkOffsets, corpusDir, topHeadings } from './helpers.js';

interface Gold {
  file: string;
  title: string;
  date: string | null;
  author: string | null;
  headings: string[];
}

const golds: Gold[] = readdirSync(join(corpusDir, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(corpusDir, 'gold', f), 'utf8')) as Gold);

describe('corpus gold', () => {
  it('finds the gold files', () => expect(golds.length).toBeGreaterThanOrEqual(6));

  for (const g of golds) {
    describe(g.file, () => {
      const a = articleOf(join(corpusDir, g.file));
      it('top-level headings', () => expect(topHeadings(a)).toEqual(g.headings));
      it('date and author', () => {
        expect(a.meta.date).toBe(g.date);
        expect(a.meta.author).toBe(g.author);
      });
      // 12 glues its headline to the body with nothing between them: a known gap
      it('title', () => expect(a.meta.title).toBe(g.title));
      it('offsets slice back', () => checkOffsets(a));
      it('sections stay inside the body', () => {
        const end = a.body[a.body.length - 1]!.end;
        for (const s of a.sections) expect(s.start < s.end && s.end <= end).toBe(true);
      });
    });
  }
});

describe('work-report nesting (2019 government work report)', () => {
  const a = articleOf(join(corpusDir, '23_guowuyuan_zhengfu_gongzuo_baogao_2019.txt'));
  it('puts （一）…（十） under 三、', () => {
    const third = a.sections.find((s) => s.heading === '三、2019年政府工作任务')!;
    const kids = a.sections.filter((s) => s.parent === third.index);
    expect(kids.map((s) => s.heading!.slice(0, 3))).toEqual([
      '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）',
    ]);
    expect(kids.every((s) => s.level === 2)).toBe(true);
    expect(kids[kids.length - 1]!.end).toBe(third.end);
  });
  it('does not take run-in leads (一是…) or salutations (各位代表！) as headings', () => {
    const hs = a.sections.map((s) => s.heading ?? '');
    expect(hs.some((h) => /^[一二三四五六七八]是|^各位代表/.test(h))).toBe(false);
  });
  it('treats the Wikisource licence footer as boilerplate', () => {
    expect(a.boilerplate.some((b) => b.text === '本作品是中华人民共和国的' && b.kind === 'copyright')).toBe(true);
    expect(a.sentences.some((s) => /公有领域|Public domain/.test(s.text))).toBe(false);
  });
  it('gives the numbered sections a short theme', () => {
    const third = a.sections.find((s) => s.heading === '三、2019年政府工作任务')!;
    expect(third.theme).toBe('政府工作任务');
  });
});

describe('town profiles (09, 14): 1. items nest under 二、/三、', () => {
  const a = articleOf(join(corpusDir, '09_sanyuanpu_zhen_gaikuang.txt'));
  it('nests', () => {
    const two = a.sections.find((s) => s.heading === '二、资源情况')!;
    expect(a.sections.filter((s) => s.parent === two.index).map((s) => s.heading)).toEqual([
      '1.水利资源', '2.矿产资源', '3.旅游资源', '4.特色资源优势',
    ]);
  });
});

describe('articles without gold', () => {
  it('splits a headline glued by spaces and reads the dateline reporter (19)', () => {
    const a = articleOf(join(corpusDir, '19_jijin_mujie_300yi.txt'));
    expect(a.meta.title).toBe('牛年偏股新基金募集近300亿元');
    expect(a.meta.author).toBe('吴谭');
    expect(a.paragraphs[0]!.text.startsWith('新快报讯')).toBe(true);
  });
  it('reads the trailing sign-off as author and keeps it out of sentences (12)', () => {
    const a = articleOf(join(corpusDir, '12_renshebu_yibao_zhifu.txt'));
    expect(a.meta.author).toBe('郭晋晖');
    expect(a.sentences[a.sentences.length - 1]!.text.endsWith('的差距。')).toBe(true);
  });
  it('reads 03’s bottom 时间/来源 lines', () => {
    const a = articleOf(join(corpusDir, '03_dingnan_minsheng.txt'));
    expect(a.meta.source).toBe('江西日报');
    expect(a.boilerplate.filter((b) => b.kind === 'meta').map((b) => b.text.slice(0, 3))).toEqual([
      '郭华平', '时间：', '来源：', '链接：',
    ]);
  });
});
