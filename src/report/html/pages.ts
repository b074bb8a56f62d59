// The page layouts: one article (outline beside the text), one article as a
// section of a corpus page, and the corpus summary alone (`wenxi stats -f
// html`). Articles fill the id placeholder the worker left with their prefix.
import type { CorpusStats } from '../../pipeline/stats.js';
import { esc } from './escape.js';
import { statsSection } from './overview.js';
import { ID, type PackedArticle } from './pack.js';
import { pageHead, pageTail } from './shell.js';
import { TABLE_TAIL, tableHead } from './table.js';

export const fill = (html: string, prefix: string) => html.replaceAll(ID, prefix);

function legend(): string {
  return (
    `<p class="legend">颜色表示类别，虚线框为目标值、实线为已完成 — colour is the category; a dashed box is a target, a solid underline an achieved figure. ` +
    `悬停或用 Tab 键聚焦标记可看详情 hover or Tab to a mark for its value. <span class="key">高亮句</span> key sentence.</p>`
  );
}

/**
 * One article's page. In a folder of pages, `nav` (already HTML) leads back
 * to the front page and to the articles before and after.
 */
export function singlePage(p: PackedArticle, opts: { nav?: string } = {}): string {
  const id = 'a0-';
  const parts = p.parts;
  const title = p.index.title ?? p.index.path;
  const filters = { categories: new Set(p.index.categories.map(([c]) => c)), statuses: new Set(p.index.statuses), sections: p.index.sections };
  return (
    pageHead(`${title} — wenxi`) +
    `<div class="page"><header id="a0-top">${opts.nav ?? ''}<h1>${esc(title)}</h1>${fill(parts.header, id)}</header>` +
    `<nav aria-label="提纲 outline"><h2>提纲 outline</h2>${fill(parts.outline, id)}</nav>` +
    `<main id="main">` +
    `<section aria-labelledby="charts-h"><h2 id="charts-h">图表 charts</h2><div class="charts">${fill(parts.charts, id)}</div></section>` +
    `<section aria-labelledby="text-h"><h2 id="text-h">原文 article text</h2>${legend()}<article class="text" aria-labelledby="text-h">${fill(parts.body, id).replace(/<(\/?)h([4-6])\b/g, (_m, sl: string, n: string) => `<${sl}h${Number(n) - 1}`)}</article></section>` +
    `<section aria-labelledby="figures-h"><h2 id="figures-h">数据表 figures table</h2>${tableHead(id, filters, false)}${fill(p.rows, id)}${TABLE_TAIL}</section>` +
    `</main><footer>wenxi · ${esc(p.index.path)}</footer></div>` +
    pageTail()
  );
}

export function corpusArticle(p: PackedArticle, n: number): string {
  const id = `a${n}-`;
  const parts = p.parts;
  const title = p.index.title ?? p.index.path;
  return (
    `<article class="corpus-article" id="a${n}" aria-labelledby="a${n}-h"><span id="a${n}-top"></span><h2 id="a${n}-h">${esc(title)}</h2>` +
    `${fill(parts.header, id)}` +
    `<p><a href="#figures" data-show-article="#a${n}-top">本文数据 this article's figures</a> · <a href="#overview">概览 overview</a></p>` +
    `<section aria-labelledby="${id}ol"><h3 id="${id}ol">提纲 outline</h3>${fill(parts.outline, id)}</section>` +
    `<section aria-labelledby="${id}ch"><h3 id="${id}ch">图表 charts</h3><div class="charts">${fill(parts.charts, id)}</div></section>` +
    `<section aria-labelledby="${id}tx"><h3 id="${id}tx">原文 article text</h3><div class="text">${fill(parts.body, id)}</div></section>` +
    `</article>\n`
  );
}

/** `wenxi stats -f html`: the summary as a page of its own. */
export function statsPage(s: CorpusStats): string {
  return (
    pageHead('语料概览 corpus summary — wenxi') +
    `<div class="page one"><header><h1>语料概览 corpus summary</h1></header><main id="main"><section aria-labelledby="ov-h"><h2 id="ov-h">概览 overview</h2>${statsSection(s)}</section></main></div>` +
    pageTail()
  );
}
