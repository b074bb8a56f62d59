import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const cut = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends at Chinese and ASCII end marks and at line ends', () => {
    expect(cut('先学一步。深学一层！对吗?\n标题行\n好；行')).toEqual([
      '先学一步。',
      '深学一层！',
      '对吗?',
      '标题行',
      '好；',
      '行',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(cut('他说：“好。”然后（走了。）再见')).toEqual(['他说：“好。”', '然后（走了。）', '再见']);
  });

  it('does not split inside commas and keeps repeated marks together', () => {
    expect(cut('投资860万元，完成了操场硬化？！下一句……还有')).toEqual([
      '投资860万元，完成了操场硬化？！',
      '下一句……',
      '还有',
    ]);
  });
});
