// SIGTERM finishes the requests in flight and exits 0; a second signal exits at once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referencePath } from '../paths.js';
import { post, startServer } from './server.js';

/** ~575 KB: its analysis takes a second or more, long enough to signal during it. */
const long = readFileSync(referencePath, 'utf8').repeat(100);
const until = async (cond: () => boolean | Promise<boolean>) => {
  while (!(await cond())) await new Promise((ok) => setTimeout(ok, 10));
};
const running = async (url: string) => ((await (await fetch(`${url}/v1/health`)).json()) as { running: number }).running > 0;

describe('signals', () => {
  it('SIGTERM with a request in flight: it is answered in full, then exit 0, no new connections', async () => {
    const s = await startServer(['-j', '1']);
    const inFlight = post(`${s.url}/v1/analyze`, long);
    await until(() => running(s.url));
    s.proc.kill('SIGTERM');
    const r = await inFlight;
    expect(r.status).toBe(200);
    expect(r.json.schema).toBe('wenxi.analysis/2');
    expect(r.json.stats.characters).toBe([...long].length);
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toMatch(/SIGTERM: finishing requests in flight/);
    await expect(fetch(`${s.url}/v1/health`)).rejects.toThrow();
  }, 120_000);

  it('a second signal exits at once', async () => {
    const s = await startServer(['-j', '1']);
    const inFlight = post(`${s.url}/v1/analyze`, long.repeat(10)).catch((e: Error) => e);
    await until(() => running(s.url));
    const t0 = performance.now();
    s.proc.kill('SIGINT');
    await until(() => /SIGINT: finishing/.test(s.stderr()));
    s.proc.kill('SIGINT');
    expect(await s.exited).toBe(1);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(await inFlight).toBeInstanceOf(Error);
  }, 120_000);
});
