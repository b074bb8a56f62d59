// Reports built in-process for the tests: the same modules the CLI runs,
// without a process start per article.
import { readFileSync } from 'node:fs';
import { analyzeSource, type Analysis } from '../../../src/pipeline/analysis.js';
import { sourceFromBytes } from '../../../src/input/source.js';
import { singlePage } from '../../../src/report/html/framing.js';
import { packArticle } from '../../../src/report/html/pack.js';
import type { SourceText } from '../../../src/types.js';

export function reportOf(path: string, bytes: Buffer = readFileSync(path)): { html: string; analysis: Analysis; source: SourceText } {
  const source = sourceFromBytes(path, bytes);
  const analysis = analyzeSource(source);
  return { html: singlePage(packArticle(analysis, source.text)), analysis, source };
}

/** An article written to attack the page: markup in its title, body and numbers' neighbourhood. */
export const HOSTILE = [
  '<script>window.__pwned = 1; alert("x")</script>关于"><img src=x onerror=alert(1)>的通知',
  '',
  '来源：<b>本网</b>',
  '',
  '一、总体情况"><svg onload=alert(2)>',
  '',
  '全年投资860万元</mark><script>alert(3)</script>，建成超市78处&amp;，惠及771户。',
  '',
  '二、下一步<iframe src="https://example.com/"></iframe>',
  '',
  '计划投资40亿元<img src="https://example.com/t.png">，新增就业1352人。',
  '',
].join('\n');
