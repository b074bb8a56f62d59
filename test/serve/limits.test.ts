// Limits and failures: body size on the stream, the time limit that stops the
// work, a full queue, a slow sender, a worker that dies.
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencePath } from '../paths.js';
import { post, startServer, type Server } from './server.js';

/** Starting servers (and CLI runs) on a loaded 2-core machine can take a while. */
const STARTUP_MS = 120_000;

const CRASH = 'WENXI-TEST-CRASH-7f3a';
let server: Server;
const reference = readFileSync(referencePath, 'utf8');
/** ~7 MB: its analysis takes several seconds even on an idle machine, far over the 1 s limit below. */
const long = reference.repeat(1200);

beforeAll(async () => {
  server = await startServer(['-j', '1', '--timeout', '1s', '--max-body', '8mb', '--max-queue', '1'], { WENXI_SERVE_CRASH_MARK: CRASH });
}, STARTUP_MS);
afterAll(async () => {
  await server.stop();
});

const health = async () => (await fetch(`${server.url}/v1/health`)).json();
const until = async (cond: () => Promise<boolean>) => {
  while (!(await cond())) await new Promise((ok) => setTimeout(ok, 10));
};
const figuresOk = async () => {
  const r = await post(`${server.url}/v1/figures`, '经开区计划投资40亿元，新签约落地项目10个。');
  expect(r.status).toBe(200);
  expect(r.json.figures.map((f: { text: string }) => f.text)).toEqual(['40亿元', '10个']);
};

/** A raw HTTP exchange, for what fetch will not send. */
function raw(write: (s: import('node:net').Socket) => void): Promise<string> {
  return new Promise((resolve) => {
    const port = Number(new URL(server.url).port);
    const s = connect(port, '127.0.0.1');
    let got = '';
    s.setEncoding('utf8');
    s.on('data', (d) => (got += d));
    s.on('close', () => resolve(got));
    s.on('error', () => resolve(got));
    s.on('connect', () => write(s));
  });
}

describe('limits', () => {
  it('a body over --max-body → 413, from Content-Length or counted on the stream', async () => {
    const big = Buffer.alloc(9 * 1024 * 1024, 'a');
    const r = await post(`${server.url}/v1/analyze`, big);
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('payload_too_large');
    // chunked: no length up front, so the limit is met while reading
    const chunks = async function* () {
      for (let i = 0; i < 144; i++) yield Buffer.alloc(64 * 1024, 'b');
    };
    const res = await fetch(`${server.url}/v1/analyze`, {
      method: 'POST',
      body: ReadableStream.from(chunks()),
      headers: { 'content-type': 'text/plain' },
      duplex: 'half',
    } as RequestInit).catch((e: Error) => e);
    if (res instanceof Error) expect(server.stderr()).toMatch(/413 payload_too_large/);
    else expect(res.status).toBe(413);
    await figuresOk();
  });

  it('over the time limit → 504, and the work is stopped (the next request is not kept waiting)', async () => {
    const t0 = performance.now();
    const r = await post(`${server.url}/v1/analyze`, long);
    expect(r.status).toBe(504);
    expect(r.json.error.code).toBe('timeout');
    expect(performance.now() - t0).toBeLessThan(3000);
    // the only worker was on it: had it not been stopped, this would wait seconds or time out
    await figuresOk();
    expect(await health()).toMatchObject({ workers: 1, running: 0, queue: 0 });
  });

  it('a full queue → 503 with Retry-After', async () => {
    const all = await Promise.all([0, 1, 2, 3].map(() => post(`${server.url}/v1/analyze`, long)));
    const busy = all.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const r of busy) {
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.json.error.code).toBe('busy');
    }
    await figuresOk();
  });

  it('a client that hangs up while waiting loses its place in the queue', async () => {
    const first = post(`${server.url}/v1/analyze`, long);
    await until(async () => (await health()).running === 1);
    // the next one waits at the worker, behind the first; the one after at the pool
    const next = post(`${server.url}/v1/figures`, '新签约落地项目10个。');
    await until(async () => (await health()).running === 2);
    const ac = new AbortController();
    const second = fetch(`${server.url}/v1/figures`, { method: 'POST', body: '投资40亿元', headers: { 'content-type': 'text/plain' }, signal: ac.signal }).catch((e: Error) => e);
    await until(async () => (await health()).queue === 1);
    ac.abort();
    await until(async () => (await health()).queue === 0);
    expect((await health()).running).toBe(2); // the first still at work, the next behind it
    expect(await second).toBeInstanceOf(Error);
    expect((await first).status).toBe(504);
    // the time spent waiting counts: the next one's limit ran out behind the first
    expect((await next).status).toBe(504);
    await figuresOk();
    expect(await health()).toMatchObject({ workers: 1, running: 0, queue: 0 });
    expect(server.stderr()).toMatch(/client closed the connection/);
  });

  it('a body dribbled past the time limit → 408 and the connection closed', async () => {
    const t0 = performance.now();
    const got = await raw((s) => {
      s.write('POST /v1/figures HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n');
      const t = setInterval(() => (s.writable ? s.write('a') : clearInterval(t)), 100);
      s.on('close', () => clearInterval(t));
    });
    expect(got).toMatch(/^HTTP\/1\.1 408/);
    expect(got).toContain('"code":"request_timeout"');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a worker that dies fails only its request (500) and is replaced', async () => {
    const [dead, other] = await Promise.all([
      post(`${server.url}/v1/analyze`, `经开区投资40亿元。${CRASH}`),
      (async () => {
        await new Promise((ok) => setTimeout(ok, 50));
        return post(`${server.url}/v1/figures`, '新签约落地项目10个。');
      })(),
    ]);
    expect(dead.status).toBe(500);
    expect(dead.json.error.code).toBe('worker_failed');
    expect(other.status).toBe(200);
    expect(other.json.figures[0].text).toBe('10个');
    await figuresOk();
    expect((await health()).workers).toBe(1);
    expect(server.stderr()).toMatch(/500 worker_failed/);
  });
});
