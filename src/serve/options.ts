// `wenxi serve` options as given on the command line → typed, checked values.
import { basename, extname } from 'node:path';
import os from 'node:os';
import { UsageError } from '../input/errors.js';

export interface ServeOptions {
  host: string;
  /** true when --host was given: only then may the service listen beyond loopback */
  hostGiven: boolean;
  port: number;
  jobs: number;
  /** bytes */
  maxBody: number;
  /** milliseconds a request may take, body included */
  timeout: number;
  token: string | null;
  cors: string | null;
  quiet: boolean;
  /** user dictionaries loaded at start, by name (file name without extension) */
  userDicts: Map<string, string>;
  /** requests waiting for a worker before the service answers 503 */
  maxQueue: number;
}

export const DEFAULTS = { host: '127.0.0.1', port: 8724, maxBody: '10mb', timeout: '30s' } as const;

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };
const TIME_UNITS: Record<string, number> = { ms: 1, s: 1000, '': 1000, m: 60_000, min: 60_000 };

/** "10mb", "512kb", "1048576" → bytes. */
export function parseSize(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError(`--max-body: "${v}" is not a size (e.g. 10mb, 512kb)`);
  return Math.floor(Number(m[1]) * unit);
}

/** "30s", "500ms", "2m", "30" (seconds) → milliseconds. */
export function parseDuration(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  const unit = m ? TIME_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError(`--timeout: "${v}" is not a duration (e.g. 30s, 500ms)`);
  return Math.round(Number(m[1]) * unit);
}

function port(v: unknown): number {
  const n = Number(v ?? DEFAULTS.port);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port: "${String(v)}" is not a port (0–65535)`);
  return n;
}

/** The names requests use for the user dictionaries given at start. */
function dictNames(files: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    const name = basename(f, extname(f));
    if (out.has(name)) throw new UsageError(`--user-dict: two dictionaries named "${name}"`);
    out.set(name, f);
  }
  return out;
}

export function serveOptions(raw: Record<string, unknown>): ServeOptions {
  const jobs = (raw.jobs as number | undefined) ?? os.availableParallelism();
  return {
    host: (raw.host as string | undefined) ?? DEFAULTS.host,
    hostGiven: raw.host !== undefined,
    port: port(raw.port),
    jobs,
    maxBody: parseSize((raw.maxBody as string | undefined) ?? DEFAULTS.maxBody),
    timeout: parseDuration((raw.timeout as string | undefined) ?? DEFAULTS.timeout),
    // from the environment too: a token on the command line is visible to every user in `ps`
    token: (raw.token as string | undefined) || process.env.WENXI_SERVE_TOKEN || null,
    cors: (raw.cors as string | undefined) || null,
    quiet: Boolean(raw.quiet),
    userDicts: dictNames((raw.userDict as string[] | undefined) ?? []),
    maxQueue: (raw.maxQueue as number | undefined) ?? jobs * 32,
  };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
