// The quality bar of the reference article (hand-read: ../shared/seed/000_c4c7c2d21eace6dd.txt).
import { describe, expect, it } from 'vitest';
import { articleOf, checkOffsets, referencePath } from './helpers.js';

const a = articleOf(referencePath);
const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) =>
  x.start < y.end && y.start < x.end;

describe('reference article', () => {
  it('reads title, date, author and editor', () => {
    expect(a.meta.title).toBe('肥城经开区初心"四卷"加快动能转换');
    expect(a.meta.date).toBe('2020-01-31');
    expect(a.meta.author).toBe('李希平');
    expect(a.meta.editor).toBe('赵洋');
  });

  it('has exactly four top-level themed sections after the lead, in order', () => {
    const top = a.sections.filter((s) => s.parent === null && s.heading !== null);
    expect(top.map((s) => s.theme)).toEqual(['学习', '作风', '民生', '发展']);
    expect(top.map((s) => s.heading)).toEqual([
      '答好“学习卷”,促党员干部学思践悟',
      '答好“作风卷”,聚为民服务蓬勃力量',
      '答好“民生卷”,解人民群众急难愁盼',
      '答好“发展卷”,创动能转换优质环境',
    ]);
    expect(top.every((s) => s.level === 1)).toBe(true);
    // the lead paragraph (习总书记说…) is kept as a heading-less first section
    expect(a.sections[0]!.heading).toBeNull();
    expect(a.sentences[a.sections[0]!.sentences[0]!]!.text).toMatch(/^习总书记说/);
    expect(a.sections.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reports the navigation line, the 声明 block and the footer as boilerplate', () => {
    const kinds = (re: RegExp) => a.boilerplate.filter((b) => re.test(b.text)).map((b) => b.kind);
    expect(kinds(/^当前位置/)).toEqual(['navigation']);
    expect(kinds(/^声明/)).toEqual(['copyright']);
    expect(kinds(/^[123]、/)).toEqual(['copyright', 'copyright', 'copyright']);
    expect(kinds(/^责任编辑/)).toEqual(['editor']);
    expect(kinds(/官方微博|公众号|^Top$/)).toEqual(['footer', 'footer', 'footer']);
    expect(kinds(/^发布时间|^文\//)).toEqual(['meta', 'meta']);
  });

  it('keeps every sentence and paragraph out of boilerplate and the title', () => {
    for (const s of [...a.sentences, ...a.paragraphs]) {
      for (const b of a.boilerplate) expect(overlaps(s, b), `${s.text} / ${b.text}`).toBe(false);
      expect(overlaps(s, a.meta.titleSpan!)).toBe(false);
    }
    expect(a.sentences.some((s) => /转载|责任编辑|微博|Top/.test(s.text))).toBe(false);
    expect(a.sentences[a.sentences.length - 1]!.text).toBe('肥城经济开发区全体党员干部将永葆“赶考”精神,鼓劲扬帆再出发,攻坚克难勇作为,为群众交上一份又一份的满意答卷。');
  });

  it('puts each section’s sentences inside the section, headings excluded', () => {
    for (const sec of a.sections) {
      expect(sec.sentences.length).toBeGreaterThan(0);
      for (const i of sec.sentences) {
        const s = a.sentences[i]!;
        expect(s.start >= sec.start && s.end <= sec.end).toBe(true);
        if (sec.headingSpan) expect(overlaps(s, sec.headingSpan)).toBe(false);
      }
    }
    // 民生 holds 投资860万元 and 771户; 发展 holds the 2019年 project figures paragraph
    const text = (k: number) => a.sections[k]!.sentences.map((i) => a.sentences[i]!.text).join('');
    expect(text(3)).toContain('先后投资860万元');
    expect(text(3)).toContain('771户');
    expect(text(4)).toContain('新签约落地项目10个');
    expect(text(1)).not.toContain('860万元');
  });

  it('has sections that tile the body without gaps', () => {
    const top = a.sections;
    expect(top[0]!.start).toBe(a.body[0]!.start);
    for (let k = 1; k < top.length; k++) expect(top[k]!.start).toBe(top[k - 1]!.end);
    expect(top[top.length - 1]!.end).toBe(a.body[a.body.length - 1]!.end);
  });

  it('slices back exactly', () => checkOffsets(a));
});
