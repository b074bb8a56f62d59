// The CLI wiring: commander, exit codes, and errors as one line on stderr.
import { existsSync, readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { describeFsError, UsageError } from '../input/errors.js';
import { OutputError } from '../report/sink.js';
import { COMMANDS } from './commands.js';
import { closest } from './suggest.js';
import { addServeCommand } from '../serve/command.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const PROGRAM_HELP_AFTER = `
Examples:
  wenxi fixtures/reference.txt                 analyse one article (tables on a terminal, JSON in a pipe)
  wenxi figures -f csv -o figures.csv corpus/  key figures of a folder, one spreadsheet
  wenxi figures --category money --sort value --min-value 1e8 report.txt
  cat article.txt | wenxi keywords --top 10    read standard input
  wenxi stats --input-format jsonl corpus.jsonl

Exit status:
  0  every input was processed
  1  some input failed (each failure is one line on stderr: wenxi: <path>: <reason>),
     or the output could not be written
  2  usage error (unknown command or option, bad option value)`;

const COMMAND_HELP_AFTER = `
Exit status: 0 all inputs processed, 1 some input failed or the output could not be written, 2 usage error.`;

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('wenxi')
    .description('wenxi (文析): reads Chinese articles and reports their key figures, structure, keywords and summaries')
    .version(version(), '-V, --version')
    .option('--verbose', 'with --version: also the dictionary and the segmenter addon in use')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`wenxi: ${str.replace(/^error: /, '')}`) })
    .showSuggestionAfterError()
    .addHelpText('after', PROGRAM_HELP_AFTER);
  for (const def of COMMANDS) {
    const cmd = program
      .command(def.name, { isDefault: def.name === 'analyze' })
      .summary(def.summary)
      .description(def.summary)
      .argument('[inputs...]', 'files, directories, glob patterns, or - for standard input (default: standard input)')
      .addHelpText('after', (def.examples ? `\nExamples:\n${def.examples.map((e) => `  ${e}`).join('\n')}\n` : '') + COMMAND_HELP_AFTER);
    def.build(cmd).action(async (inputs: string[], raw: Record<string, unknown>, self: Command) => {
      const explicit = new Set(Object.keys(raw).filter((k) => self.getOptionValueSource(k) === 'cli'));
      setExit(await def.action(inputs, raw, explicit));
    });
  }
  addServeCommand(program, setExit);
  return program;
}

// `serve` is wired apart (src/serve/command.ts): it takes no inputs
const COMMAND_NAMES = [...COMMANDS.map((c) => c.name), 'serve', 'help'];

/**
 * A first word that names no command and no existing file is a mistyped
 * command (wenxi figurse FILE), not an input of the default command: say so
 * instead of analysing FILE and then failing on "figurse".
 */
function unknownCommand(argv: string[]): string | null {
  const first = argv[0];
  if (first === undefined || first.startsWith('-') || COMMAND_NAMES.includes(first)) return null;
  // paths and patterns have separators, dots or glob characters; command words do not
  if (/[./\\*?[\]{}]/.test(first) || existsSync(first)) return null;
  const guess = closest(first, COMMAND_NAMES.filter((n) => n !== 'help'));
  return guess
    ? `unknown command '${first}' (did you mean ${guess}?)`
    : `unknown command '${first}' (commands: ${COMMAND_NAMES.filter((n) => n !== 'help').join(', ')}; a file of that name does not exist)`;
}

async function verboseVersion(): Promise<string> {
  const engine = await import('../segment/engine.js');
  const name = engine.engineName();
  const lines = [
    `wenxi ${version()}`,
    `node ${process.versions.node} (${process.platform}-${process.arch})`,
    `segmenter: ${name === 'shared' ? "wenxi's shared cppjieba addon (build/Release/shared_jieba.node)" : "nodejieba's own addon"}${process.env.WENXI_SEGMENTER ? ` (WENXI_SEGMENTER=${process.env.WENXI_SEGMENTER})` : ''}`,
    `dictionary: nodejieba's jieba.dict.utf8 and wenxi's ${engine.BUILTIN_USER_DICT}`,
    `dictionary cache: ${(await import('../segment/cache-dir.js')).dictCacheDir() ?? 'off (built at every start)'}`,
  ];
  return lines.join('\n') + '\n';
}

/**
 * A bare --color means always, as in ls and grep; the value is only taken
 * from --color=WHEN, so `--color FILE` does not read FILE as the value.
 */
function normaliseArgs(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((a, i) => (a === '--color' && (end < 0 || i < end) ? '--color=always' : a));
}

export async function main(args: string[]): Promise<number> {
  const argv = normaliseArgs(args);
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  if (argv.length === 0 && process.stdin.isTTY) {
    // nothing to read and nothing asked: show how to ask
    process.stderr.write(program.helpInformation());
    return EXIT_USAGE;
  }
  if ((argv.includes('--version') || argv.includes('-V')) && argv.includes('--verbose')) {
    process.stdout.write(await verboseVersion());
    return EXIT_OK;
  }
  const unknown = unknownCommand(argv);
  if (unknown) {
    process.stderr.write(`wenxi: ${unknown}\n`);
    return EXIT_USAGE;
  }
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
      process.stderr.write(`wenxi: ${err.path}: ${describeFsError(err)}\n`);
      return EXIT_INPUT_FAILED;
    }
    process.stderr.write(`wenxi: internal error: ${err?.message ?? String(e)}\n`);
    if (process.env.WENXI_DEBUG) process.stderr.write(`${err?.stack}\n`);
    return EXIT_INPUT_FAILED;
  }
  return code;
}
