// The CLI wiring: commander, exit codes, and errors as one line on stderr.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { UsageError } from '../input/errors.js';
import { OutputError } from '../report/sink.js';
import { COMMANDS } from './commands.js';
import { addServeCommand } from '../serve/command.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('wenxi')
    .description('wenxi (文析): reads Chinese articles and reports their key figures, structure, keywords and summaries')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`wenxi: ${str.replace(/^error: /, '')}`) })
    .showSuggestionAfterError();
  for (const def of COMMANDS) {
    const cmd = program
      .command(def.name, { isDefault: def.name === 'analyze' })
      .summary(def.summary)
      .description(def.summary)
      .argument('[inputs...]', 'files, directories, glob patterns, or - for standard input (default: standard input)');
    def.build(cmd).action(async (inputs: string[], raw: Record<string, unknown>) => {
      setExit(await def.action(inputs, raw));
    });
  }
  addServeCommand(program, setExit);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (e instanceof OutputError) {
      process.stderr.write(`wenxi: ${e.path}: cannot write: ${e.message}\n`);
      return EXIT_INPUT_FAILED;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`wenxi: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const err = e as NodeJS.ErrnoException;
    if (err?.code && err.path) {
      process.stderr.write(`wenxi: ${err.path}: ${err.message}\n`);
      return EXIT_INPUT_FAILED;
    }
    process.stderr.write(`wenxi: internal error: ${err?.message ?? String(e)}\n`);
    if (process.env.WENXI_DEBUG) process.stderr.write(`${err?.stack}\n`);
    return EXIT_INPUT_FAILED;
  }
  return code;
}
