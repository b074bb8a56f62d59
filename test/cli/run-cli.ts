import { spawnSync } from 'node:child_process';
import { repoRoot, wenxiBin } from '../paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real executable, as a user or a script would. */
export function wenxi(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  if (!opts.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [wenxiBin, ...args], {
    input: opts.input ?? '',
    encoding: 'utf8',
    env,
    cwd: opts.cwd ?? repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
