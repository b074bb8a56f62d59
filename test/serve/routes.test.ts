// The service's results are the CLI's: every route against `-f json` on the
// reference article and the corpus, batch against `--input-format jsonl`, and
// every response against the OpenAPI document the service publishes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, referencePath } from '../paths.js';
import { post, startServer, wenxiCli as wenxi, type Server } from './server.js';

/** Starting servers (and CLI runs) on a loaded 2-core machine can take a while. */
const STARTUP_MS = 120_000;

let server: Server;
let api: Ajv;
const corpus = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f)),
  join(corpusDir, 'gbk', '03_dingnan_minsheng.gbk.txt'),
  join(corpusDir, 'html', 'h02_yichun_2022_tongji_gongbao.html'),
].sort();
const ndjson = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l));
/** The CLI's -f json for many files in one run (the dictionary loads once). */
const cliResults = async (cmd: string, files: string[]) => {
  const r = await wenxi([cmd, '-f', 'ndjson', '-j', '1', ...files]);
  expect(r.stderr).toBe('');
  return ndjson(r.stdout);
};
const typeOf = (f: string) => (f.endsWith('.html') ? 'text/html' : 'text/plain');
const conforms = (schema: string, value: unknown) => {
  const validate = api.getSchema(`api#/components/schemas/${schema}`)!;
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
};

/** CLI results by command, for the reference article followed by the corpus: one run each, all at once. */
const cli: Record<string, any[]> = {};

beforeAll(async () => {
  const runs = (['analyze', 'figures', 'sections', 'keywords', 'segment'] as const).map(async (cmd) => {
    cli[cmd] = await cliResults(cmd, cmd === 'analyze' || cmd === 'figures' ? [referencePath, ...corpus] : [referencePath]);
  });
  [server] = await Promise.all([startServer(['-j', '2']), ...runs]);
  const doc = await (await fetch(`${server.url}/v1/openapi.json`)).json();
  api = new Ajv({ strict: false, allowUnionTypes: true });
  api.addSchema({ ...doc, $id: 'api' });
}, STARTUP_MS);
afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

describe('article routes give the CLI -f json object', () => {
  const SCHEMA = { analyze: 'Analysis', figures: 'Figures', sections: 'Sections', keywords: 'Keywords', segment: 'Segment' } as const;
  for (const [route, schema] of Object.entries(SCHEMA)) {
    it(`/v1/${route} on the reference article`, async () => {
      const expected = cli[route]![0];
      const r = await post(`${server.url}/v1/${route}`, readFileSync(referencePath));
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      expect(r.json).toEqual({ ...expected, path: '-' });
      conforms(schema, r.json);
    });
  }

  it('analyze and figures on every corpus article, GBK and HTML included, raw bytes as sent', async () => {
    for (const cmd of ['analyze', 'figures'] as const) {
      const expected = cli[cmd]!.slice(1);
      const got = await Promise.all(corpus.map((f) => post(`${server.url}/v1/${cmd}`, readFileSync(f), typeOf(f))));
      got.forEach((r, i) => {
        expect(r.status).toBe(200);
        expect(r.json).toEqual({ ...expected[i], path: '-' });
      });
    }
    // the hand-checked facts the comparison rests on: the GBK file decoded, the HTML read as HTML
    const gbk = await post(`${server.url}/v1/analyze`, readFileSync(corpus.find((f) => f.includes('gbk'))!), 'text/plain');
    expect(gbk.json.encoding).toBe('gb18030');
    expect(gbk.json.meta.title).toBe('点点滴滴民生情'); // the file's first line, read by eye
  });

  it('a JSON body is read as standard input is, with the CLI options', async () => {
    const text = readFileSync(referencePath, 'utf8');
    const cli = await wenxi(['analyze', '-f', 'json', '--top', '3', '--method', 'textrank', '--category', 'money,households', '-'], text);
    expect(cli.code).toBe(0);
    const [expected] = JSON.parse(cli.stdout);
    const body = JSON.stringify({ text, options: { top: 3, method: 'textrank', category: ['money', 'households'] } });
    const r = await post(`${server.url}/v1/analyze`, body, 'application/json');
    expect(r.status).toBe(200);
    expect(r.json).toEqual(expected);
    expect(r.json.keywords).toHaveLength(3);
    expect(new Set(r.json.figures.map((f: { category: string }) => f.category))).toEqual(new Set(['money', 'households']));
  });

  it('options in the query string for a raw body; --all of figures', async () => {
    const text = '全镇辖8个行政村，常住人口32000，耕地面积5600。\n';
    const cli = await wenxi(['figures', '--all', '-f', 'json', '-'], text);
    const r = await post(`${server.url}/v1/figures?all=true`, text);
    expect(r.json).toEqual(JSON.parse(cli.stdout)[0]);
    // the bare numbers only --all reports
    expect(r.json.figures.map((f: { text: string; unit: string | null }) => [f.text, f.unit])).toEqual([['8个', '个'], ['32000', null], ['5600', null]]);
    const without = await post(`${server.url}/v1/figures`, text);
    expect(without.json.figures.map((f: { text: string }) => f.text)).toEqual(['8个']);
  });

  it('text/markdown is read as Markdown; an id names the result', async () => {
    const r = await post(`${server.url}/v1/sections`, '# 标题\n\n## 一、发展卷\n\n投资40亿元。\n', 'text/markdown');
    expect(r.status).toBe(200);
    const j = await post(`${server.url}/v1/figures`, JSON.stringify({ id: 'doc-7', text: '新签约落地项目10个。' }), 'application/json');
    expect(j.json.path).toBe('doc-7');
    expect(j.json.figures.map((f: { text: string }) => f.text)).toEqual(['10个']);
  });
});

describe('batch', () => {
  it('JSON Lines in, NDJSON out in order, bad lines in place — as --input-format jsonl', async () => {
    const files = corpus.filter((f) => f.endsWith('.txt') && !f.includes('gbk')).slice(0, 5);
    const lines = files.map((f, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(f, 'utf8') }));
    lines.splice(2, 0, '{"id": "broken", "text": ');
    lines.splice(4, 0, '{"id": "no-text"}', '[1, 2]');
    const input = lines.join('\n') + '\n';
    const cli = await wenxi(['figures', '--input-format', 'jsonl', '-f', 'ndjson', '-j', '1', '-'], input);
    const expected = ndjson(cli.stdout);
    const res = await fetch(`${server.url}/v1/batch?command=figures`, { method: 'POST', body: input, headers: { 'content-type': 'application/x-ndjson' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const got = ndjson(await res.text());
    expect(got).toHaveLength(lines.length);
    expect(got.map((r) => (r.error ? { path: r.path, error: { message: r.error.message } } : r))).toEqual(expected);
    expect(got[2]).toMatchObject({ path: '-:3', error: { code: 'invalid_json' } });
    for (const r of got) conforms(r.error ? 'BatchError' : 'Figures', r);
  });

  it('streams: a result is sent when it and those before it are ready, not when the batch is done', async () => {
    const long = readFileSync(referencePath, 'utf8').repeat(30);
    const input = [{ id: 'short', text: '投资40亿元。' }, { id: 'long', text: long }].map((x) => JSON.stringify(x)).join('\n');
    const res = await fetch(`${server.url}/v1/batch?command=analyze`, { method: 'POST', body: input, headers: { 'content-type': 'application/x-ndjson' } });
    const reader = res.body!.getReader();
    const t0 = performance.now();
    const first = new TextDecoder().decode((await reader.read()).value);
    const firstAt = performance.now() - t0;
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    const endAt = performance.now() - t0;
    expect(JSON.parse(first.split('\n')[0]!).path).toBe('short');
    expect(ndjson(first + rest).map((r) => r.path)).toEqual(['short', 'long']);
    expect(endAt - firstAt).toBeGreaterThan(20);
  });

  it('analyze is the default command; per-line options', async () => {
    const input = [{ id: 'a', text: '经开区计划投资40亿元，惠及群众771户。', options: { top: 2 } }].map((x) => JSON.stringify(x)).join('\n');
    const res = await fetch(`${server.url}/v1/batch`, { method: 'POST', body: input, headers: { 'content-type': 'application/jsonl' } });
    const [r] = ndjson(await res.text());
    expect(r.schema).toBe('wenxi.analysis/2');
    expect(r.keywords.length).toBeLessThanOrEqual(2);
    expect(r.figures.map((f: { text: string }) => f.text)).toEqual(['40亿元', '771户']);
  });
});

describe('service routes', () => {
  it('health, version and the OpenAPI document', async () => {
    const h = await (await fetch(`${server.url}/v1/health`)).json();
    expect(h).toMatchObject({ ready: true, workers: 2 });
    conforms('Health', h);
    const v = await (await fetch(`${server.url}/v1/version`)).json();
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(v).toMatchObject({ name: 'wenxi', version: pkg.version, schema: 'wenxi.analysis/2' });
    conforms('Version', v);
    const doc = await (await fetch(`${server.url}/v1/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/analyze', '/v1/figures', '/v1/sections', '/v1/keywords', '/v1/segment', '/v1/batch', '/v1/health', '/v1/version', '/v1/openapi.json', '/']),
    );
  });

  it('the page: strict CSP, its own script and style, the report rendered', async () => {
    const res = await fetch(`${server.url}/`);
    const html = await res.text();
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(html).toContain('<script src="/assets/page.js"');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect((await fetch(`${server.url}/assets/page.js`)).status).toBe(200);
    // the report is the HTML report of `analyze -f html`: the page frames it
    // (srcdoc inherits the page's policy), so the page allows exactly its two hashes
    const report = await post(`${server.url}/v1/report`, readFileSync(referencePath));
    expect(report.headers.get('content-type')).toMatch(/^text\/html/);
    expect(report.text).toMatch(/^<!doctype html>/i);
    expect(report.text).toMatch(/<mark [^>]*data-figure="0"/);
    expect(report.text).toContain('答好“学习卷”');
    const reportCsp = report.headers.get('content-security-policy')!;
    const hashes = reportCsp.match(/'sha256-[^']+'/g)!;
    expect(hashes).toHaveLength(2);
    for (const h of hashes) expect(csp).toContain(h);
    expect(report.text).toContain(`content="${reportCsp}"`);
    // the article's text is never markup: one script, ours
    const evil = await post(`${server.url}/v1/report`, '标题\n<script>alert(1)</script>投资40亿元。');
    expect(evil.text.match(/<script/g)).toHaveLength(1);
    expect(evil.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('nosniff everywhere, no framework banner, no CORS unless asked', async () => {
    for (const r of [await fetch(`${server.url}/v1/health`), await fetch(`${server.url}/nope`)]) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-powered-by')).toBeNull();
      expect(r.headers.get('server')).toBeNull();
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
    const pre = await fetch(`${server.url}/v1/analyze`, { method: 'OPTIONS', headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('errors: status, {"error": {code, message}}, logged once', () => {
  const cases: [string, () => Promise<{ status: number; json: any }>, number, string][] = [
    ['malformed JSON', () => post(`${server.url}/v1/analyze`, '{"text": "abc', 'application/json'), 400, 'invalid_json'],
    ['empty JSON body', () => post(`${server.url}/v1/analyze`, '', 'application/json'), 400, 'invalid_json'],
    ['missing text', () => post(`${server.url}/v1/analyze`, '{"txt": "投资"}', 'application/json'), 422, 'invalid_input'],
    ['text not a string', () => post(`${server.url}/v1/analyze`, '{"text": 5}', 'application/json'), 422, 'invalid_input'],
    ['empty text', () => post(`${server.url}/v1/figures`, '   \n'), 422, 'invalid_input'],
    ['an unknown option', () => post(`${server.url}/v1/figures`, '{"text": "投资", "options": {"top": 3}}', 'application/json'), 422, 'invalid_input'],
    ['an unknown category', () => post(`${server.url}/v1/figures?category=gold`, '投资40亿元'), 422, 'invalid_input'],
    ['a dictionary not loaded', () => post(`${server.url}/v1/keywords`, '{"text": "投资", "options": {"userDict": "mine"}}', 'application/json'), 422, 'invalid_input'],
    ['binary junk', () => post(`${server.url}/v1/analyze`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8, 0xff, 0xe0]), 'text/plain'), 422, 'invalid_input'],
    ['an image', () => post(`${server.url}/v1/analyze`, 'GIF89a', 'image/gif'), 415, 'unsupported_media_type'],
    ['an unknown charset', () => post(`${server.url}/v1/analyze`, '投资', 'text/plain; charset=x-klingon'), 415, 'unsupported_media_type'],
    ['JSON in another charset', () => post(`${server.url}/v1/analyze`, '{"text":"a"}', 'application/json; charset=utf-16'), 415, 'unsupported_media_type'],
    ['a compressed body', () => post(`${server.url}/v1/figures`, Buffer.from([0x1f, 0x8b, 8, 0]), 'text/plain', { 'content-encoding': 'gzip' }), 415, 'unsupported_media_type'],
    ['JSON Lines to an article route', () => post(`${server.url}/v1/analyze`, '{"text":"a"}\n', 'application/x-ndjson'), 415, 'unsupported_media_type'],
    ['one article to batch', () => post(`${server.url}/v1/batch`, '投资', 'text/plain'), 415, 'unsupported_media_type'],
    ['an unknown batch command', () => post(`${server.url}/v1/batch?command=rm`, '{"text":"a"}', 'application/x-ndjson'), 422, 'invalid_input'],
    ['an unknown route', () => post(`${server.url}/v1/analyse`, '投资'), 404, 'not_found'],
    ['a wrong method', async () => { const r = await fetch(`${server.url}/v1/analyze`); return { status: r.status, json: await r.json() }; }, 404, 'not_found'],
  ];
  for (const [what, send, status, code] of cases) {
    it(`${what} → ${status} ${code}`, async () => {
      const before = server.stderr().length;
      const r = await send();
      expect(r.status).toBe(status);
      expect(r.json).toEqual({ error: { code, message: expect.any(String) } });
      expect(r.json.error.message).not.toMatch(/\n\s+at /);
      conforms('Error', r.json);
      await new Promise((ok) => setTimeout(ok, 20));
      const logged = server.stderr().slice(before).split('\n').filter((l) => l.startsWith('wenxi serve:') && l.includes(code));
      expect(logged).toHaveLength(1);
    });
  }
});
