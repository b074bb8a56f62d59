// Document inputs through the real process: bad files are one line each on
// stderr and the others are still processed; directories pick documents up;
// a run over .txt files never loads the document readers.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, referencePath } from '../paths.js';
import { wenxi } from './run-cli.js';

/** A zip archive with stored (uncompressed) entries: enough to be a zip that is not a .docx. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const n = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A one-page PDF of one content stream. By default it only draws a filled box:
 * what a scan without OCR looks like to a text reader.
 */
function onePagePdf(content = '0.5 g 72 72 451 698 re f'): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wenxi-docs-'));
  const pdf = readFileSync(fixture('documents/reference.libreoffice.pdf'));
  writeFileSync(join(dir, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
  writeFileSync(join(dir, 'login-page.pdf'), '<!DOCTYPE html><html><head><title>登录</title></head><body><p>请先登录</p></body></html>\n');
  copyFileSync(fixture('documents/encrypted.pdf'), join(dir, 'encrypted.pdf'));
  writeFileSync(join(dir, 'archive.docx'), storedZip({ 'readme.txt': '不是 Word 文档' }));
  const doc = readFileSync(fixture('documents/reference.doc'));
  writeFileSync(join(dir, 'truncated.doc'), doc.subarray(0, 3000));
  writeFileSync(join(dir, 'scan.pdf'), onePagePdf());
  // a line of text turned 90°, as vertical margin notes and stamps are
  writeFileSync(join(dir, 'rotated.pdf'), onePagePdf('BT /F1 12 Tf 0 1 -1 0 300 200 Tm (Page turned sideways) Tj ET'));
  mkdirSync(join(dir, 'folder'));
  copyFileSync(fixture('documents/19_jijin_mujie_300yi.cid.pdf'), join(dir, 'folder', 'a.pdf'));
  copyFileSync(fixture('documents/reference.docx'), join(dir, 'folder', 'b.docx'));
  copyFileSync(referencePath, join(dir, 'folder', 'c.txt'));
  writeFileSync(join(dir, 'folder', 'photo.jpg'), 'x');
});

describe('bad document inputs', () => {
  const cases: [string, string, string][] = [
    ['a truncated PDF', 'truncated.pdf', 'not a valid PDF (damaged or truncated file)'],
    ['a PDF that is really HTML', 'login-page.pdf', 'not a PDF (it is an HTML page)'],
    ['an encrypted PDF', 'encrypted.pdf', 'encrypted PDF (password protected): decrypt it first'],
    ['a zip that is not a .docx', 'archive.docx', 'not a Word .docx file (a zip archive without a Word document in it)'],
    ['a scanned PDF', 'scan.pdf', 'no text layer: scanned PDF? OCR it first'],
    ['a truncated .doc', 'truncated.doc', 'cannot read this Word .doc file (damaged, or not a Word document): save it as .docx in Word, or run: soffice --headless --convert-to docx FILE.doc'],
    ['a PDF with only rotated text', 'rotated.pdf', 'only vertical or rotated text, which wenxi does not read'],
  ];
  it('each is one line on stderr, exit 1, and the good inputs are still processed (inline and on workers)', () => {
    for (const jobs of ['1', '2']) {
      const bad = cases.map(([, f]) => join(dir, f));
      const r = wenxi(['figures', '-f', 'ndjson', '-j', jobs, referencePath, ...bad, fixture('documents/reference.docx')]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual(cases.map(([, f, msg]) => `wenxi: ${join(dir, f)}: ${msg}`));
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(out).toHaveLength(cases.length + 2);
      expect(out[0].figures.length).toBe(16);
      expect(out[out.length - 1].figures.length).toBe(16);
    }
  });
});

describe('document inputs', () => {
  it('directories pick up .pdf and .docx beside .txt', () => {
    const r = wenxi(['figures', '-f', 'ndjson', join(dir, 'folder')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.path.split('/').pop())).toEqual(['a.pdf', 'b.docx', 'c.txt']);
    expect(out[0].encoding).toBe('pdf');
    // offsets are into each input's own text; what was found is the same
    const found = (o: { figures: { text: string; value: number; unit: string }[] }) => o.figures.map((f) => `${f.text}=${f.value}${f.unit}`);
    expect(found(out[1])).toEqual(found(out[2]));
    const r2 = wenxi(['figures', '-f', 'ndjson', '--exclude', '*.pdf', join(dir, 'folder')]);
    expect(r2.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('a run over .txt files does not load the document readers or pdfjs', () => {
    const hook = join(dir, 'hook.mjs');
    const log = join(dir, 'loaded.txt');
    writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`);
    writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify('file://' + join(dir, 'hooks.mjs'))});\n`);
    writeFileSync(log, '');
    // the modules unbundled (WENXI_BUNDLE=off), so that the log names them
    const r = wenxi(['figures', '-f', 'json', referencePath], { env: { NODE_OPTIONS: `--import ${hook}`, WENXI_BUNDLE: 'off' } });
    expect(r.code).toBe(0);
    const loaded = readFileSync(log, 'utf8');
    expect(loaded).toContain('/input/readers.js');
    expect(loaded).not.toMatch(/pdfjs-dist|\/input\/(?:pdf|docx|doc)\.js/);
    // nor what only other commands or formats use: the segmenter, summaries, the HTML report, other renderers, the worker pool
    expect(loaded).toContain('/report/renderers/figures.js');
    expect(loaded).not.toMatch(/\/(?:segment|summarize|report\/html)\/|\/serve\/index\.js|renderers\/(?:analysis|stats|keywords|segment)\.js|pipeline\/pool\.js|nodejieba|cli-table3|chalk/);
  });
});
