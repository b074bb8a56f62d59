// Web pages by address, against a server started here on 127.0.0.1 — never a
// real website. GBK pages come from the corpus's GB18030 copies.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/input/errors.js';
import { readUrl } from '../../src/input/url.js';
import { figuresOf } from '../../src/pipeline/figures-stage.js';
import { corpusDir, fixture, repoRoot, wenxiBin } from '../paths.js';

const gbkText = readFileSync(join(corpusDir, 'gbk', '03_dingnan_minsheng.gbk.txt'));
const utf8Text = readFileSync(join(corpusDir, '03_dingnan_minsheng.txt'), 'utf8');
const asHtml = (meta: string) =>
  Buffer.concat([
    Buffer.from(`<!DOCTYPE html><html><head>${meta}<title>t</title></head><body><pre>`, 'latin1'),
    gbkText,
    Buffer.from('</pre></body></html>', 'latin1'),
  ]);

let server: Server;
let base: string;
let slowTimer: NodeJS.Timeout | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/gbk-meta') {
      // no charset in the header: the page's <meta> says gb2312 (and the bytes are GBK)
      res.writeHead(200, { 'content-type': 'text/html' }).end(asHtml('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'));
    } else if (url === '/gbk-header') {
      res.writeHead(200, { 'content-type': 'text/html; charset=GBK' }).end(asHtml(''));
    } else if (url === '/redirect') {
      res.writeHead(302, { location: '/gbk-header' }).end();
    } else if (url.startsWith('/loop/')) {
      res.writeHead(301, { location: `/loop/${Number(url.slice(6)) + 1}` }).end();
    } else if (url === '/slow') {
      slowTimer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('迟到的页面'), 5000);
    } else if (url === '/big') {
      // no Content-Length: the limit must be counted on the stream
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      const chunk = Buffer.from('投资860万元。'.repeat(4000));
      let sent = 0;
      const pump = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    } else if (url === '/image.png') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (url === '/download') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(fixture('documents/19_jijin_mujie_300yi.cid.pdf')));
    } else {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  clearTimeout(slowTimer);
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected a failure');
};

describe('URL inputs', () => {
  it('decodes a GBK page declared only in <meta> (as gb2312), with the URL as path', async () => {
    const src = await readUrl(`${base}/gbk-meta`);
    expect(src.path).toBe(`${base}/gbk-meta`);
    expect(src.encoding).toBe('gb18030');
    expect(src.format).toBe('html');
    expect(src.text).toContain('投资3156万元实施了县城管网延伸至天九镇');
  });

  it('decodes a GBK page declared only in the Content-Type header, through a redirect', async () => {
    const src = await readUrl(`${base}/redirect`);
    expect(src.path).toBe(`${base}/redirect`);
    expect(src.encoding).toBe('gb18030');
    // the same figures as the UTF-8 file
    const want = figuresOf({ path: 'x', encoding: 'utf-8', format: 'text', text: utf8Text, headingLines: [] }).figures.map((f) => f.text);
    expect(figuresOf(src).figures.map((f) => f.text)).toEqual(want);
  });

  it('gives up after 5 redirects', async () => {
    expect(await failure(readUrl(`${base}/loop/0`))).toBe('too many redirects (more than 5)');
  });

  it('reports a 404, a non-text type, a time-out and an oversized body', async () => {
    expect(await failure(readUrl(`${base}/nothing-here`))).toBe('HTTP 404 Not Found');
    expect(await failure(readUrl(`${base}/image.png`))).toBe('not a text page (content type image/png)');
    const t0 = Date.now();
    expect(await failure(readUrl(`${base}/slow`, { timeout: 0.3 }))).toBe('timed out after 0.3 s (--timeout)');
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(await failure(readUrl(`${base}/big`, { maxBytes: 1024 * 1024 }))).toBe('larger than 1 MB (--max-size)');
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(await failure(readUrl(`http://127.0.0.1:${port}/`))).toBe('connection refused');
  });

  it('reads a PDF served as octet-stream through the PDF reader', async () => {
    const src = await readUrl(`${base}/download`);
    expect(src.format).toBe('pdf');
    expect(src.text).toContain('该基金首发规模达到29.6亿份');
  });

  it('through the real process: a timed-out and a missing page are one line each, the good inputs still processed', async () => {
    const args = ['figures', '-f', 'ndjson', '--timeout', '0.5', `${base}/slow`, `${base}/gbk-header`, `${base}/nothing-here`, fixture('reference.txt')];
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [wenxiBin, ...args], { cwd: repoRoot }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
      );
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `wenxi: ${base}/slow: timed out after 0.5 s (--timeout)`,
      `wenxi: ${base}/nothing-here: HTTP 404 Not Found`,
    ]);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.path)).toEqual([`${base}/slow`, `${base}/gbk-header`, `${base}/nothing-here`, fixture('reference.txt')]);
    expect(out[1].figures.length).toBeGreaterThan(10);
  });
});

describe('declared charsets', () => {
  it('reads the charset of a Content-Type header and of both <meta> forms', async () => {
    const { charsetOf, metaCharset } = await import('../../src/input/url.js');
    expect(charsetOf('text/html; charset="GB2312"')).toBe('gb2312');
    expect(charsetOf('text/html')).toBeNull();
    expect(metaCharset(Buffer.from('<html><head><meta charset="gbk"></head>'))).toBe('gbk');
    expect(metaCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=big5">'))).toBe('big5');
    expect(metaCharset(Buffer.from('<p>no declaration</p>'))).toBeNull();
  });
});
