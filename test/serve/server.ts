// Starts the real `wenxi serve` and talks to it over loopback, as a script would.
import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot, wenxiBin } from '../paths.js';

export interface Server {
  url: string;
  proc: ChildProcess;
  /** everything written to stderr so far */
  stderr(): string;
  /** resolves with the exit code */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

export async function startServer(args: string[] = [], env: Record<string, string> = {}): Promise<Server> {
  const proc = spawn(process.execPath, [wenxiBin, 'serve', '--port', '0', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr!.setEncoding('utf8');
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${err}`)), 100_000);
    proc.stderr!.on('data', (d: string) => {
      err += d;
      // Any listening address includes loopback here: the tests talk to 127.0.0.1 only.
      const m = /listening on http:\/\/\S+?:(\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${err}`));
    });
  });
  return {
    url,
    proc,
    stderr: () => err,
    exited,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
}

export async function post(url: string, body: string | Buffer, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': type, ...headers } });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, text, json };
}

/**
 * The CLI, run without blocking this process: a blocked event loop would keep
 * fetch from noticing keep-alive connections the server closed meanwhile.
 */
export function wenxiCli(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [wenxiBin, ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(input);
  });
}
