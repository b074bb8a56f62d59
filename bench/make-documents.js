// Makes the PDF and Word fixtures in fixtures/documents/ from the reference
// article and three corpus articles, the way analysts' files are made:
// LibreOffice (txt → PDF, .fodt → PDF, HTML/.fodt → .docx) and
// a hand-written CID-font PDF (STSong-Light, UniGB-UCS2-H, no ToUnicode, no
// embedded font: the old government shape). Headings are marked with real
// heading styles on the lines wenxi finds as headings in the .txt version.
// Usage: npx tsc -p tsconfig.json && node bench/make-documents.js [fixture names to remake, default all]
// (needs soffice; writes only fixtures/documents/)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const OUT = here('../fixtures/documents/');
const CORPUS = here('../../shared/corpus/');
const { figuresOf } = await import(here('../dist/pipeline/figures-stage.js'));
const { sourceFromString } = await import(here('../dist/input/source.js'));

mkdirSync(OUT, { recursive: true });
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const work = mkdtempSync(join(tmpdir(), 'wenxi-docs-'));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The .txt's lines and which of them wenxi reads as section headings (numbered ones one level down). */
function article(path) {
  const text = readFileSync(path, 'utf8');
  const headings = new Set(figuresOf(sourceFromString(path, text, 'utf-8', 'text')).sectionHeadings.filter(Boolean));
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.map((l) => ({ text: l, level: headings.has(l) ? (/^\d/.test(l) ? 3 : 2) : 0 }));
}

function html(lines) {
  const body = lines.map((l) => (l.level ? `<h${l.level}>${esc(l.text)}</h${l.level}>` : `<p>${esc(l.text)}</p>`)).join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>article</title>
<style>body{font-family:"Noto Serif CJK SC",serif;font-size:12pt;margin:2cm}h2{font-size:16pt}h3{font-size:14pt}p{margin:0 0 .6em}</style>
</head><body>\n${body}\n</body></html>\n`;
}

/** Flat ODF text with paragraph styles named as Chinese Word names them (标题 1, 标题 2). */
function fodt(lines) {
  const style = (name, size) => `<style:style style:name="${name.replace(' ', '_20_')}" style:display-name="${name}" style:family="paragraph">
<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="${size}pt" fo:font-weight="bold" style:font-size-asian="${size}pt" style:font-weight-asian="bold"/></style:style>`;
  const paras = lines
    .map((l) => (l.level ? `<text:p text:style-name="标题_20_${l.level - 1}">${esc(l.text)}</text:p>` : `<text:p text:style-name="Standard">${esc(l.text)}</text:p>`))
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Standard" style:family="paragraph"/>${style('标题 1', 16)}${style('标题 2', 14)}</office:styles>
<office:body><office:text>
${paras}
</office:text></office:body></office:document>
`;
}

/**
 * An official-document layout: 16 pt body with a two-character first-line
 * indent, a running header on every page and the page number as — N — in the footer.
 */
function fodtOfficial(lines, header) {
  const paras = lines.map((l) => `<text:p text:style-name="Body">${esc(l.text)}</text:p>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt" fo:text-align="justify"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Margin" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Margin">${esc(header)}</text:p></style:header>
<style:footer><text:p text:style-name="Margin">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${paras}
</office:text></office:body></office:document>
`;
}

function soffice(src, to, outName) {
  if (!wanted(outName)) return;
  const dir = join(work, `out-${outName}`);
  execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', dir, src], { stdio: 'ignore' });
  const made = join(dir, basename(src).replace(/\.[^.]+$/, '') + '.' + to.split(':')[0]);
  renameSync(made, join(OUT, outName));
}

const write = (name, text) => {
  const p = join(work, name);
  writeFileSync(p, text);
  return p;
};

// The reference article: LibreOffice's plain-text import (its PDF spaces Han from digits), and .docx with Heading styles.
const refTxt = join(work, 'reference.txt');
copyFileSync(here('../fixtures/reference.txt'), refTxt);
soffice(refTxt, 'pdf', 'reference.libreoffice.pdf');
const refHtml = write('reference.html', html(article(refTxt)));
soffice(refHtml, 'docx:MS Word 2007 XML', 'reference.docx');
soffice(refHtml, 'doc:MS Word 97', 'reference.doc');

// 03: headings as larger bold type in styles named as Chinese Word names them, to PDF and .docx.
const a03 = article(join(CORPUS, '03_dingnan_minsheng.txt'));
const fodt03 = write('03_dingnan_minsheng.fodt', fodt(a03));
soffice(fodt03, 'pdf', '03_dingnan_minsheng.libreoffice.pdf');
soffice(fodt03, 'docx:MS Word 2007 XML', '03_dingnan_minsheng.docx');

// 09: .docx from HTML with Heading styles. (Its Chromium print is made by the
// test itself: Skia embeds CJK as Type 3 fonts, over 400 KB for this article.)
const html09 = write('09_sanyuanpu_zhen_gaikuang.html', html(article(join(CORPUS, '09_sanyuanpu_zhen_gaikuang.txt'))));
soffice(html09, 'docx:MS Word 2007 XML', '09_sanyuanpu_zhen_gaikuang.docx');

// 19: a CID-font PDF in two columns with a running header and page numbers; .docx from the .txt.
const t19 = readFileSync(join(CORPUS, '19_jijin_mujie_300yi.txt'), 'utf8');
if (wanted('19_jijin_mujie_300yi.cid.pdf')) writeFileSync(join(OUT, '19_jijin_mujie_300yi.cid.pdf'), cidPdf(t19.split('\n').map((l) => l.trim()).filter(Boolean)));
soffice(write('19_jijin_mujie_300yi.txt', t19), 'docx:MS Word 2007 XML', '19_jijin_mujie_300yi.docx');

// 27: an official-document layout (indents, justified 16 pt, running header, — N — page numbers) from LibreOffice.
soffice(
  write('27_xinjiang_jijian_jiancai.fodt', fodtOfficial(article(join(CORPUS, '27_xinjiang_jijian_jiancai.txt')), '经济信息简报（测试用页眉）')),
  'pdf',
  '27_xinjiang_jijian_jiancai.official.pdf',
);

// Tables: rows must stay body text (their figures count) but never become headings.
soffice(
  write(
    'table.html',
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p>今年以来，全镇实施民生项目两大类，各项目进展如下。</p>
<table border="1"><tr><th>基础设施</th><th>进展</th></tr>
<tr><td>道路硬化工程</td><td>完成道路硬化3.2公里，投资860万元。</td></tr>
<tr><td>饮水安全工程</td><td>铺设管网12公里，惠及群众1352人。</td></tr></table>
<p>各项工程均按计划推进，群众满意度持续提升。</p>
<table border="1"><tr><th>公共服务</th><th>进展</th></tr>
<tr><td>爱心超市</td><td>建成爱心超市78处，服务困难群众771户。</td></tr></table>
<p>下一步，全镇将继续加大投入，推动各项民生工程提质增效。</p>
</body></html>\n`,
  ),
  'docx:MS Word 2007 XML',
  'table.docx',
);

// Bad inputs that need a real tool to make: a password-protected PDF.
soffice(
  write('encrypted.txt', '加密文件：投资860万元。\n'),
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
  'encrypted.pdf',
);
console.log(`fixtures written to ${OUT}`);

/**
 * A PDF written by hand: A5 pages, two columns of 12 pt STSong-Light through the
 * predefined UniGB-UCS2-H CMap (codes are UCS-2), no ToUnicode and no font
 * file — a reader must know Adobe-GB1 to get text back. ASCII letters and
 * digits are set as full-width forms, as such PDFs have them.
 */
function cidPdf(paragraphs) {
  const W = 420, H = 595, M = 40, GUTTER = 20, SIZE = 12, PITCH = 18;
  const colW = (W - 2 * M - GUTTER) / 2;
  const perLine = Math.floor(colW / SIZE);
  const top = H - M - 30;
  const bottom = M + 30;
  const rows = Math.floor((top - bottom) / PITCH) + 1;
  const lines = [];
  for (const p of paragraphs) {
    const chars = [...p.replace(/\s+/g, ' ')].map((c) => (/[0-9A-Za-z%.]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
    let first = true;
    for (let i = 0; i < chars.length; ) {
      const room = first ? perLine - 2 : perLine;
      lines.push({ indent: first ? 2 : 0, text: chars.slice(i, i + room).join('') });
      i += room;
      first = false;
    }
  }
  const pages = [];
  for (let i = 0; i < lines.length; i += rows * 2) pages.push(lines.slice(i, i + rows * 2));
  const hex = (s) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const text = (x, y, size, s) => `BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm <${hex(s)}> Tj ET`;
  const streams = pages.map((pl, n) => {
    const ops = [text(M, H - M, 9, '财经周刊（测试用版式）'), text(W / 2 - 27, M - 10, 9, `— ${n + 1} —`)];
    pl.forEach((l, k) => {
      const col = k < rows ? 0 : 1;
      const row = k % rows;
      ops.push(text(M + col * (colW + GUTTER) + l.indent * SIZE, top - row * PITCH, SIZE, l.text));
    });
    return ops.join('\n');
  });
  const objs = [];
  const add = (s) => objs.push(s) && objs.length;
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>');
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const kids = streams.map((s) => {
    const body = Buffer.from(s, 'latin1');
    const c = add(`<< /Length ${body.length} >>\nstream\n${s}\nendstream`);
    return add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${c} 0 R >>`);
  });
  objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
