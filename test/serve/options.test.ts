// Option parsing and the token check, without a server.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isLoopback, parseDuration, parseSize, serveOptions } from '../../src/serve/options.js';
import { tokenMatches } from '../../src/serve/security.js';

describe('serve options', () => {
  it('sizes and durations as people write them', () => {
    expect(parseSize('10mb')).toBe(10 * 1024 * 1024);
    expect(parseSize('512KB')).toBe(512 * 1024);
    expect(parseSize('1.5m')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('2048')).toBe(2048);
    for (const bad of ['', 'ten', '10xb', '-1mb', '0']) expect(() => parseSize(bad)).toThrow(/--max-body/);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('5')).toBe(5_000);
    for (const bad of ['soon', '1h', '0s']) expect(() => parseDuration(bad)).toThrow(/--timeout/);
  });

  it('loopback by default; dictionaries by file name; a port in range', () => {
    const o = serveOptions({ userDict: ['dict/user.dict.utf8'], jobs: 2 });
    expect(o).toMatchObject({ host: '127.0.0.1', hostGiven: false, port: 8724, jobs: 2, maxQueue: 64, maxBody: 10 * 1024 * 1024, timeout: 30_000 });
    expect([...o.userDicts.keys()]).toEqual(['user.dict']);
    expect(() => serveOptions({ userDict: ['a/x.txt', 'b/x.txt'] })).toThrow(/two dictionaries named "x"/);
    expect(() => serveOptions({ port: '70000' })).toThrow(/--port/);
    expect(serveOptions({ host: '0.0.0.0' }).hostGiven).toBe(true);
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '192.168.1.2', '::']) expect(isLoopback(h)).toBe(false);
  });

  it('the token: exact match only, any length', () => {
    const expected = createHash('sha256').update('s3cret').digest();
    expect(tokenMatches('s3cret', expected)).toBe(true);
    for (const t of ['', 's3cre', 's3cret ', 'S3cret', 's3cret'.repeat(100)]) expect(tokenMatches(t, expected)).toBe(false);
  });
});
