// The report's one script, inline and allowed by its hash: the tooltip on
// marks, sort and filter of the figures tables, copy and download as CSV.
// Everything it needs is in the DOM; without it the page still reads.
export const SCRIPT = `(() => {
'use strict';
document.documentElement.classList.replace('nojs', 'js');
const tip = document.getElementById('tip');
let current = null;
const show = (m) => {
  if (m.title) { m.dataset.tip = m.title; m.removeAttribute('title'); }
  tip.textContent = m.dataset.tip || '';
  tip.hidden = false;
  const r = m.getBoundingClientRect();
  const w = tip.offsetWidth;
  tip.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - w - 4)) + 'px';
  tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
  m.setAttribute('aria-describedby', 'tip');
  current = m;
};
const hide = () => { tip.hidden = true; if (current) current.removeAttribute('aria-describedby'); current = null; };
document.addEventListener('mouseover', (e) => { const m = e.target.closest && e.target.closest('mark[data-figure]'); if (m) show(m); else if (current && document.activeElement !== current) hide(); });
document.addEventListener('focusin', (e) => { const m = e.target.closest && e.target.closest('mark[data-figure]'); if (m) show(m); else hide(); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });

const text = (td) => td.textContent.trim();
for (const box of document.querySelectorAll('.figtable')) {
  const tbody = box.querySelector('tbody');
  let rows = Array.from(tbody.rows);
  const filters = Array.from(box.querySelectorAll('[data-filter]'));
  const shown = box.querySelector('output.shown');
  // What the filters compare, read from the rows once: a corpus table has tens of thousands.
  // The article filter's values are the rows' article links (#a3-top on one page, articles/0004.html in a folder).
  let info = null;
  // Each field is read on the first filter that needs it.
  const infoOf = () => info || (info = rows.map((r) => ({ row: r, cat: r.dataset.cat, status: (r.dataset.status || '').toLowerCase(), sec: null, art: null, text: null, hidden: false })));
  const sec = (x) => x.sec === null ? (x.sec = x.row.cells[9].textContent.toLowerCase()) : x.sec;
  const art = (x) => { if (x.art === null) { const a = x.row.cells[10].querySelector('a'); x.art = a ? a.getAttribute('href').toLowerCase() : ''; } return x.art; };
  const apply = () => {
    const want = {};
    for (const f of filters) want[f.dataset.filter] = f.value.trim().toLowerCase();
    const all = !want.cat && !want.status && !want.sec && !want.art && !want.q;
    if (all && !info) { shown.textContent = rows.length + ' / ' + rows.length; return; }
    const xs = infoOf();
    let n = 0;
    for (let i = 0; i < rows.length; i++) {
      const x = xs[i];
      const ok = all || ((!want.cat || x.cat === want.cat) && (!want.status || x.status === want.status) &&
        (!want.sec || sec(x) === want.sec) && (!want.art || art(x) === want.art) &&
        (!want.q || (x.text || (x.text = rows[i].textContent.toLowerCase())).includes(want.q)));
      if (x.hidden === ok) { rows[i].hidden = !ok; x.hidden = !ok; }
      if (ok) n++;
    }
    shown.textContent = n + ' / ' + rows.length;
  };
  for (const f of filters) f.addEventListener(f.tagName === 'SELECT' ? 'change' : 'input', apply);
  apply();
  for (const b of box.querySelectorAll('th button[data-sort]')) {
    b.addEventListener('click', () => {
      const th = b.parentElement;
      const col = Number(b.dataset.sort);
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      for (const o of box.querySelectorAll('th')) o.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      const num = th.dataset.kind === 'num';
      const key = (r) => { const c = r.cells[col]; return num ? Number(c.dataset.v ?? text(c)) : text(c); };
      const keys = rows.map(key);
      const order = rows.map((_, i) => i);
      order.sort((x, y) => (num ? keys[x] - keys[y] : keys[x].localeCompare(keys[y], 'zh')) * dir || x - y);
      rows = order.map((i) => rows[i]);
      if (info) info = order.map((i) => info[i]);
      // one fragment, not append(...rows): a corpus has more rows than a call has arguments
      const frag = document.createDocumentFragment();
      for (const r of rows) frag.appendChild(r);
      tbody.appendChild(frag);
    });
  }
  const csv = () => {
    const q = (s) => /[",\\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    const head = Array.from(box.querySelectorAll('th')).map((th) => q(th.textContent.trim()));
    const body = rows.filter((r) => !r.hidden).map((r) => Array.from(r.cells).map((c) => q(c.dataset.v ?? text(c))).join(','));
    return [head.join(','), ...body].join('\\r\\n') + '\\r\\n';
  };
  box.querySelector('[data-act=copy]').addEventListener('click', async (e) => {
    const b = e.currentTarget;
    try { await navigator.clipboard.writeText(csv()); b.dataset.done = '1'; shown.textContent = '已复制 copied · ' + shown.textContent.replace(/^.*· /, ''); }
    catch { shown.textContent = '无法复制 copy refused'; }
  });
  box.querySelector('[data-act=download]').addEventListener('click', () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob(['\\ufeff' + csv()], { type: 'text/csv;charset=utf-8' }));
    a.download = 'figures.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
}
for (const a of document.querySelectorAll('a[data-show-article]')) {
  a.addEventListener('click', () => {
    const sel = document.querySelector('.figtable select[data-filter=art]');
    if (sel) { sel.value = a.dataset.showArticle; sel.dispatchEvent(new Event('change')); }
  });
}
})();`;
