// The `serve` command's options, kept here so the CLI wiring gains one line.
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULTS } from './options.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

export function addServeCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .summary('run the analyses as a local HTTP service (JSON API and a browser page)')
    .description('run the analyses as a local HTTP service: one process, the dictionary loaded once, the JSON of -f json per request')
    .option('--host <address>', `address to listen on (default: ${DEFAULTS.host}; anything else needs this option, and --token)`)
    .option('--port <n>', `port (0: any free port)`, String(DEFAULTS.port))
    .option('-j, --jobs <n>', 'worker threads (default: cores)', positiveInt)
    .option('--max-body <size>', 'largest request body (e.g. 10mb, 512kb)', DEFAULTS.maxBody)
    .option('--timeout <duration>', 'time limit per request, body included (e.g. 30s, 500ms)', DEFAULTS.timeout)
    .option('--token <token>', 'require Authorization: Bearer TOKEN on every route but /v1/health (or set WENXI_SERVE_TOKEN)')
    .option('--cors <origin>', 'allow browser calls from ORIGIN (e.g. https://example.org)')
    .option('--user-dict <file>', "user dictionary in jieba's format, loaded at start (repeatable); requests may name it", collect)
    .option('--max-queue <n>', 'requests waiting for a worker before the service answers 503 (default: 32 per worker)', positiveInt)
    .option('--quiet', 'no access log')
    .action(async (raw: Record<string, unknown>) => {
      const { serve, serveOptions } = await import('./index.js');
      setExit(await serve(serveOptions(raw)));
    });
}
