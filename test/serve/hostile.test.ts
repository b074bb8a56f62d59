// Over a thousand hostile requests — truncated and oversized bodies, wrong
// types and charsets, deep JSON, binary junk, slow senders, connections
// dropped — then a normal request is answered right and memory is back.
import { connect, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencePath } from '../paths.js';
import { post, startServer, type Server } from './server.js';

/** Starting servers (and CLI runs) on a loaded 2-core machine can take a while. */
const STARTUP_MS = 120_000;

let server: Server;
let port: number;
const reference = readFileSync(referencePath);

beforeAll(async () => {
  server = await startServer(['-j', '2', '--timeout', '1s', '--max-body', '256kb', '--quiet']);
  port = Number(new URL(server.url).port);
}, STARTUP_MS);
afterAll(async () => {
  await server.stop();
});

/** Resident memory of the server process (all its threads), in MB. */
function rssMb(): number {
  const status = readFileSync(`/proc/${server.proc.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** A deterministic sequence, so a failure can be replayed. */
function rng(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Raw bytes on a socket; resolves with whatever came back when the socket closes (or after `wait` ms). */
function rawExchange(send: (s: Socket) => void, wait = 3000): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    let got = '';
    const done = () => {
      clearTimeout(t);
      resolve(got);
    };
    const t = setTimeout(() => {
      s.destroy();
      done();
    }, wait);
    s.setEncoding('latin1');
    s.on('data', (d) => (got += d));
    s.on('close', done);
    s.on('error', () => undefined);
    s.on('connect', () => send(s));
  });
}

type Outcome = { kind: string; status: number | 'closed' };

describe('hostile input', () => {
  it('survives 1,000+ bad requests and still answers right, with memory back near where it started', async () => {
    const expected = await post(`${server.url}/v1/figures`, reference);
    expect(expected.status).toBe(200);
    for (let i = 0; i < 20; i++) await post(`${server.url}/v1/analyze`, reference);
    const rssBefore = rssMb();

    const rand = rng(15);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const junk = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
    const valid = JSON.stringify({ text: reference.toString('utf8') });
    const route = () => pick(['/v1/analyze', '/v1/figures', '/v1/sections', '/v1/keywords', '/v1/segment']);
    const viaFetch = async (kind: string, path: string, body: string | Buffer, type: string | null): Promise<Outcome> => {
      try {
        const res = await fetch(server.url + path, { method: 'POST', body, headers: type === null ? {} : { 'content-type': type } });
        const text = await res.text();
        if (res.status >= 400) expect(JSON.parse(text).error.code, `${kind}: ${text}`).toEqual(expect.any(String));
        return { kind, status: res.status };
      } catch {
        return { kind, status: 'closed' };
      }
    };
    const rawStatus = (got: string) => (/^HTTP\/1\.1 (\d{3})/.exec(got) ? Number(RegExp.$1) : 'closed');

    const makers: [string, (number | 'closed')[], () => Promise<Outcome>][] = [
      ['truncated JSON', [400], () => viaFetch('truncated JSON', route(), valid.slice(0, 1 + Math.floor(rand() * (valid.length - 2))), 'application/json')],
      ['oversized', [413, 'closed'], () => viaFetch('oversized', route(), Buffer.alloc(300 * 1024 + Math.floor(rand() * 1e5), 0x61), 'text/plain')],
      ['wrong type', [415], () => viaFetch('wrong type', route(), reference, pick(['image/png', 'application/octet-stream', 'multipart/form-data; boundary=x', 'text/csv', 'application/xml', 'x/y', 'garbage']))],
      ['no type', [415], () => viaFetch('no type', route(), junk(64), null)],
      ['wrong charset', [415], () => viaFetch('wrong charset', route(), reference, `text/plain; charset=${pick(['ebcdic-xx', 'utf-9', '"; drop', 'x'.repeat(300)])}`)],
      ['mislabelled charset', [200, 422], () => viaFetch('mislabelled charset', '/v1/figures', reference, `text/plain; charset=${pick(['utf-16le', 'big5', 'latin1', 'gbk'])}`)],
      ['deep object', [422], () => viaFetch('deep object', route(), `{"text":"投资","options":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`, 'application/json')],
      ['deep array', [400], () => viaFetch('deep array', route(), '['.repeat(100_000), 'application/json')],
      ['binary junk', [200, 422], () => viaFetch('binary junk', '/v1/figures', junk(1 + Math.floor(rand() * 4096)), pick(['text/plain', 'text/html', 'text/markdown']))],
      ['junk JSON', [400, 422], () => viaFetch('junk JSON', route(), junk(1 + Math.floor(rand() * 512)), 'application/json')],
      ['junk batch', [200], () => viaFetch('junk batch', '/v1/batch?command=figures', Buffer.concat([junk(200), Buffer.from('\n{"text":"投资40亿元"}\n'), junk(100)]), 'application/x-ndjson')],
      ['valid', [200], () => viaFetch('valid', '/v1/figures', reference, 'text/plain')],
      [
        'truncated body',
        ['closed'],
        async () => ({
          kind: 'truncated body',
          status: rawStatus(
            await rawExchange((s) => {
              s.write('POST /v1/figures HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n' + 'a'.repeat(100));
              setTimeout(() => s.destroy(), 5);
            }),
          ),
        }),
      ],
      ['dropped', ['closed'], async () => ({ kind: 'dropped', status: rawStatus(await rawExchange((s) => s.destroy())) })],
      ['half headers', ['closed'], async () => ({ kind: 'half headers', status: rawStatus(await rawExchange((s) => (s.write('POST /v1/anal'), setTimeout(() => s.destroy(), 5)))) })],
      ['not HTTP', [400, 'closed'], async () => ({ kind: 'not HTTP', status: rawStatus(await rawExchange((s) => s.write(junk(300)))) })],
    ];

    const outcomes: Outcome[] = [];
    const allowed = new Map(makers.map(([k, a]) => [k, a]));
    // slow senders alongside the rest: a body dribbled a byte at a time past the 1 s limit
    const slow = Array.from({ length: 6 }, () =>
      rawExchange((s) => {
        s.write('POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 10000\r\n\r\n');
        const t = setInterval(() => (s.writable ? s.write('a') : clearInterval(t)), 50);
        s.on('close', () => clearInterval(t));
      }, 6000).then((got) => ({ kind: 'slow sender', status: rawStatus(got) }) as Outcome),
    );
    const CONCURRENCY = 16;
    const round = async (n: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < n) {
            next++;
            outcomes.push(await pick(makers)[2]());
          }
        }),
      );
    };
    // Two rounds: the first grows the heap to its working size, the second must not grow it further.
    await round(550);
    const rssMiddle = rssMb();
    await round(550);
    for (const o of await Promise.all(slow)) outcomes.push(o);
    allowed.set('slow sender', [408]);

    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    const unexpected = outcomes.filter((o) => !allowed.get(o.kind)!.includes(o.status));
    expect(unexpected).toEqual([]);
    expect(new Set(outcomes.map((o) => o.kind)).size).toBe(makers.length + 1);
    expect(server.proc.exitCode).toBeNull();

    // still right, still healthy
    const after = await post(`${server.url}/v1/figures`, reference);
    expect(after.status).toBe(200);
    expect(after.json).toEqual(expected.json);
    const health = await (await fetch(`${server.url}/v1/health`)).json();
    expect(health).toMatchObject({ ready: true, workers: 2, queue: 0, running: 0 });
    for (let i = 0; i < 20; i++) await post(`${server.url}/v1/analyze`, reference);
    const rssAfter = rssMb();
    console.log(`hostile: ${outcomes.length} requests; RSS ${rssBefore.toFixed(0)} MB before, ${rssMiddle.toFixed(0)} MB halfway, ${rssAfter.toFixed(0)} MB after`);
    expect(rssAfter).toBeLessThan(rssBefore * 1.25 + 50);
    // measured: the heap settles after the first few hundred requests (±15 MB after that)
    expect(rssAfter).toBeLessThan(rssMiddle + 60);
  }, 120_000);
});
