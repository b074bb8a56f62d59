// Who may call: the bearer token, CORS only when asked, loopback unless --host.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startServer, type Server } from './server.js';

/** Starting servers (and CLI runs) on a loaded 2-core machine can take a while. */
const STARTUP_MS = 120_000;

const TOKEN = 'correct-horse-battery';
const ORIGIN = 'https://analyst.example.org';
let guarded: Server;
let open: Server;

beforeAll(async () => {
  // a made-up word jieba's own dictionary cuts in two (数析 云台)
  const dict = join(mkdtempSync(join(tmpdir(), 'wenxi-serve-')), 'platform.utf8');
  writeFileSync(dict, '数析云台 10 n\n');
  [guarded, open] = await Promise.all([
    startServer(['-j', '1', '--token', TOKEN, '--cors', ORIGIN, '--quiet']),
    startServer(['-j', '1', '--host', '0.0.0.0', '--quiet', '--user-dict', dict]),
  ]);
}, STARTUP_MS);
afterAll(async () => {
  await Promise.all([guarded.stop(), open.stop()]);
});

describe('--token', () => {
  it('every route but health needs the bearer token', async () => {
    const text = '新签约落地项目10个。';
    for (const auth of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN]) {
      const r = await post(`${guarded.url}/v1/figures`, text, 'text/plain', auth ? { authorization: auth } : {});
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('unauthorized');
      expect(r.headers.get('www-authenticate')).toBe('Bearer');
    }
    for (const path of ['/', '/v1/version', '/v1/openapi.json', '/v1/nope']) expect((await fetch(guarded.url + path)).status).toBe(401);
    expect((await fetch(`${guarded.url}/v1/health`)).status).toBe(200);
    const ok = await post(`${guarded.url}/v1/figures`, text, 'text/plain', { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.json.figures[0].text).toBe('10个');
  });

  it('--quiet: no access log, errors still logged', () => {
    expect(guarded.stderr()).not.toMatch(/^POST \/v1\/figures 200/m);
    expect(guarded.stderr()).toMatch(/401 unauthorized/);
  });
});

describe('--cors', () => {
  it('allows the one origin, answers the preflight', async () => {
    const pre = await fetch(`${guarded.url}/v1/analyze`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const r = await post(`${guarded.url}/v1/figures`, '投资40亿元', 'text/plain', { authorization: `Bearer ${TOKEN}`, origin: ORIGIN });
    expect(r.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });
});

describe('--host', () => {
  it('beyond loopback without a token: a warning, and it serves', async () => {
    expect(open.stderr()).toMatch(/warning: listening on 0\.0\.0\.0 without --token/);
    expect(guarded.stderr()).not.toMatch(/warning/);
    const r = await post(`${open.url}/v1/figures`, '投资40亿元');
    expect(r.status).toBe(200);
  });
});

describe('--user-dict', () => {
  it('a dictionary loaded at start, named by requests; an unknown name is a 422', async () => {
    const body = (userDict: string) => JSON.stringify({ text: '经开区数析云台很好', options: { userDict } });
    const r = await post(`${open.url}/v1/segment`, body('platform'), 'application/json');
    expect(r.status).toBe(200);
    expect(r.json.tokens.map((t: { word: string }) => t.word)).toEqual(['经开区', '数析云台', '很', '好']);
    const bad = await post(`${open.url}/v1/segment`, body('other'), 'application/json');
    expect(bad.status).toBe(422);
    expect(bad.json.error.message).toMatch(/no dictionary "other".*loaded: platform/);
  });
});
