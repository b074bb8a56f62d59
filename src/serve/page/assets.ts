// The page's HTML, script and style, served as they are (no build step).

export const PAGE_HTML = `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wenxi 文析</title>
<link rel="stylesheet" href="/assets/page.css">
<script src="/assets/page.js" defer></script>
</head>
<body>
<header><h1>wenxi 文析</h1><p>Paste a Chinese article or drop a file (.txt, .md, .html) to see its key figures, sections, keywords and summaries.</p></header>
<main>
<section id="input">
  <div id="drop" tabindex="0">Drop a file here, or <label for="file" class="link">choose one</label><input type="file" id="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/*"></div>
  <textarea id="text" placeholder="粘贴文章…" rows="14"></textarea>
  <div class="row"><button id="go" type="button">Analyse</button><span id="status" role="status"></span></div>
</section>
<section id="report" aria-live="polite"></section>
</main>
</body>
</html>
`;

export const PAGE_JS = `'use strict';
(function () {
  var text = document.getElementById('text');
  var report = document.getElementById('report');
  var status = document.getElementById('status');
  var drop = document.getElementById('drop');
  var file = document.getElementById('file');

  function typeOf(f) {
    var n = f.name.toLowerCase();
    if (/\\.(html?|xhtml)$/.test(n)) return 'text/html';
    if (/\\.(md|markdown)$/.test(n)) return 'text/markdown';
    return 'text/plain';
  }

  function show(res) {
    return res.text().then(function (body) {
      if (res.ok) {
        // the HTML report, a whole document, in a sandboxed frame: its scripts
        // run in an opaque origin, never with the page's
        var frame = document.createElement('iframe');
        frame.setAttribute('sandbox', 'allow-scripts allow-downloads');
        frame.setAttribute('title', 'report');
        frame.className = 'report-frame';
        frame.srcdoc = body;
        report.textContent = '';
        report.appendChild(frame);
        status.textContent = '';
        return;
      }
      var msg = body;
      try { msg = JSON.parse(body).error.message; } catch (e) { /* not JSON */ }
      report.textContent = '';
      status.textContent = res.status + ': ' + msg;
    });
  }

  function send(body, type) {
    status.textContent = 'analysing…';
    fetch('/v1/report', { method: 'POST', headers: { 'Content-Type': type }, body: body })
      .then(show)
      .catch(function (e) { status.textContent = 'no answer: ' + e.message; });
  }

  document.getElementById('go').addEventListener('click', function () {
    if (text.value.trim()) send(text.value, 'text/plain; charset=utf-8');
  });
  function takeFile(f) {
    if (!f) return;
    // Bytes as they are: the service detects GBK, GB18030 and UTF-16 as the CLI does.
    f.arrayBuffer().then(function (buf) { send(buf, typeOf(f)); });
  }
  file.addEventListener('change', function () { takeFile(file.files[0]); });
  drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    drop.classList.remove('over');
    takeFile(e.dataTransfer.files[0]);
  });
})();
`;

export const PAGE_CSS = `body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #222; }
header h1 { margin: 0.2rem 0; }
header p { color: #555; margin-top: 0; }
#drop { border: 2px dashed #aaa; border-radius: 6px; padding: 1rem; text-align: center; color: #555; margin-bottom: 0.5rem; }
#drop.over { border-color: #06c; background: #eef5ff; }
#drop input { display: none; }
.link { color: #06c; text-decoration: underline; cursor: pointer; }
textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 0.5rem; }
.row { display: flex; gap: 1rem; align-items: center; margin: 0.5rem 0 1rem; }
button { font: inherit; padding: 0.3rem 1.2rem; }
#status { color: #a00; }
#report .report-frame { width: 100%; height: 85vh; border: 1px solid #ccc; }
#report table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.9rem; }
#report th, #report td { border: 1px solid #ccc; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
#report blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid #ccc; color: #444; }
`;
