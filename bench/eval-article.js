// Heading precision/recall and metadata accuracy of the article model on the
// shared corpus gold files (and test/gold/*.json with `headings`), plus the
// reference article and an HTML rendering of one corpus file.
// Build first: npx tsc -p . ; then: node bench/eval-article.js
import { existsSync, readFileSync } from 'node:fs';
import { readGold } from './gold.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const corpus = resolve(repo, '../shared/corpus');
const reference = resolve(repo, '../shared/seed/000_c4c7c2d21eace6dd.txt');

const REFERENCE_GOLD = {
  file: reference,
  title: '肥城经开区初心"四卷"加快动能转换',
  date: '2020-01-31',
  author: '李希平',
  headings: ['答好“学习卷”,促党员干部学思践悟', '答好“作风卷”,聚为民服务蓬勃力量', '答好“民生卷”,解人民群众急难愁盼', '答好“发展卷”,创动能转换优质环境'],
  themes: ['学习', '作风', '民生', '发展'],
};

function goldCases() {
  const cases = readGold()
    .filter(({ gold, textPath }) => Array.isArray(gold.headings) && textPath)
    .map(({ gold, textPath }) => ({ ...gold, file: textPath }));
  if (existsSync(reference)) cases.push(REFERENCE_GOLD);
  return cases;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HTML page of a corpus text whose gold is known: title in <h1>, gold headings in <h2>, the rest in <p>. */
export function toHtmlPage(g, text) {
  const heads = new Set(g.headings);
  const blocks = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const tag = i === 0 && l === g.title ? 'h1' : heads.has(l) ? 'h2' : 'p';
      return `<${tag}>${escapeHtml(l)}</${tag}>`;
    });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(g.title)}</title></head><body><div class="nav">当前位置：首页 &gt; 新闻</div><article>${blocks.join('\n')}</article><footer><p>版权所有 © 示例网站</p><p>返回顶部</p></footer></body></html>`;
}

function prf(pred, gold) {
  const g = new Set(gold);
  const tp = pred.filter((h) => g.has(h)).length;
  return { tp, predicted: pred.length, gold: gold.length };
}

export async function evaluate(
  load = (file) => ({ path: file, encoding: 'utf-8', format: 'text', text: readFileSync(file, 'utf8'), headingLines: [] }),
) {
  const { buildArticle } = await import(pathToFileURL(join(repo, 'dist/article/index.js')).href);
  const { prepareSource } = await import(pathToFileURL(join(repo, 'dist/script/index.js')).href);
  const files = [];
  const run = (name, g, source) => {
    // as the pipeline reads it: a Traditional article through its Simplified view, quoted back
    const prepared = prepareSource(source);
    const a = prepared.restore(buildArticle(prepared.source));
    const top = a.sections.filter((s) => s.parent === null && s.heading !== null);
    const headings = top.map((s) => s.heading.trim());
    const h = prf(headings, g.headings);
    const meta = {
      title: a.meta.title === g.title,
      date: a.meta.date === g.date,
      author: a.meta.author === g.author,
    };
    const row = { file: name, ...h, meta, got: { title: a.meta.title, date: a.meta.date, author: a.meta.author } };
    if (g.themes) row.themes = top.map((s) => s.theme).join(',') === g.themes.join(',');
    if (h.tp !== h.predicted || h.tp !== h.gold) row.headings = { got: headings, want: g.headings };
    files.push(row);
  };
  for (const g of goldCases()) {
    const name = g.file.split('/').pop();
    run(name, g, load(g.file));
  }
  // An HTML page built at run time from one corpus file, read through wenxi's own input stage.
  const htmlGold = goldCases().find((g) => g.file.endsWith('03_dingnan_minsheng.txt'));
  const inputModule = join(repo, 'dist/input/source.js');
  if (htmlGold && existsSync(inputModule)) {
    const { sourceFromString } = await import(pathToFileURL(inputModule).href);
    const html = toHtmlPage(htmlGold, readFileSync(htmlGold.file, 'utf8'));
    run('03_dingnan_minsheng.html', htmlGold, sourceFromString('03_dingnan_minsheng.html', html, 'utf-8', 'html'));
  }
  const sum = (k) => files.reduce((n, f) => n + f[k], 0);
  const tp = sum('tp');
  const predicted = sum('predicted');
  const gold = sum('gold');
  const acc = (k) => files.filter((f) => f.meta[k]).length / files.length;
  return {
    files,
    overall: {
      headingPrecision: predicted ? tp / predicted : 1,
      headingRecall: gold ? tp / gold : 1,
      title: acc('title'),
      date: acc('date'),
      author: acc('author'),
      files: files.length,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await evaluate();
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  for (const f of r.files) {
    const m = f.meta;
    console.log(
      `${f.file.padEnd(48)} headings ${f.tp}/${f.predicted} pred, ${f.tp}/${f.gold} gold  title ${m.title ? 'ok' : 'MISS'} date ${m.date ? 'ok' : 'MISS'} author ${m.author ? 'ok' : 'MISS'}${f.themes === undefined ? '' : ` themes ${f.themes ? 'ok' : 'MISS'}`}`,
    );
    if (!m.title || !m.date || !m.author) console.log(`    got ${JSON.stringify(f.got)}`);
    if (f.headings) console.log(`    headings got ${JSON.stringify(f.headings.got)}`);
  }
  const o = r.overall;
  console.log(
    `\noverall (${o.files} files): heading precision ${pct(o.headingPrecision)}, recall ${pct(o.headingRecall)}; title ${pct(o.title)}, date ${pct(o.date)}, author ${pct(o.author)}`,
  );
}
