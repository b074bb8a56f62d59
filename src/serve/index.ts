// `wenxi serve`: start the workers, warm them, listen, and stop cleanly on a signal.
import { UsageError } from '../input/errors.js';
import { buildApp } from './app.js';
import { JobQueue } from './jobs.js';
import { isLoopback, serveOptions, type ServeOptions } from './options.js';

export { serveOptions, type ServeOptions };

const log = (line: string) => process.stderr.write(line + '\n');

/** Runs until SIGINT/SIGTERM; resolves with the exit code. */
export async function serve(opts: ServeOptions): Promise<number> {
  if (!isLoopback(opts.host) && !opts.hostGiven) throw new UsageError('--host: a non-loopback address must be given explicitly');
  if (opts.userDicts.size) {
    const { checkUserDicts } = await import('../cli/options.js');
    await checkUserDicts([...opts.userDicts.values()]);
  }
  const jobs = new JobQueue(opts.jobs, opts.maxQueue, [...opts.userDicts.values()]);
  const lifecycle = { stopping: false };
  const app = buildApp({ opts, jobs, log, lifecycle });
  try {
    await jobs.warm();
    await app.listen({ host: opts.host, port: opts.port });
  } catch (e) {
    await jobs.close();
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(err.code === 'EADDRINUSE' ? `--port: ${opts.port} is in use` : `cannot listen on ${opts.host}:${opts.port}: ${err.message}`);
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  if (!isLoopback(opts.host) && !opts.token)
    log(`wenxi serve: warning: listening on ${opts.host} without --token: anyone who can reach this address can use the service`);
  log(`wenxi serve: listening on http://${host}:${port} (${opts.jobs} worker${opts.jobs > 1 ? 's' : ''}; Ctrl-C stops)`);

  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log(`wenxi serve: ${signal} again: exiting now`);
        process.exit(1);
      }
      stopping = true;
      lifecycle.stopping = true;
      log(`wenxi serve: ${signal}: finishing requests in flight, then exiting`);
      // In-flight requests get up to the time limit; then whatever is left is cut.
      const force = setTimeout(() => {
        log('wenxi serve: requests still running at the time limit: exiting');
        process.exit(1);
      }, opts.timeout + 1_000);
      force.unref();
      void app
        .close()
        .then(() => jobs.close())
        .then(() => {
          clearTimeout(force);
          resolve(0);
        });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
