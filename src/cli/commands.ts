// The commands: each a choice of pipeline stages and a renderer.
import { Command, Option } from 'commander';
import type { Analysis, KeywordsResult } from '../pipeline/analysis.js';
import type { FiguresResult } from '../pipeline/figures-stage.js';
import type { SegmentResult } from '../pipeline/tasks.js';
import { FIGURE_CATEGORIES, type FigureCategory, type FigureStatus } from '../types.js';
import { addCommonOptions, addSegmenterOptions, checkUserDicts, commonOptions } from './options.js';
import type { CommonOptions, RunSpec } from './run.js';
import { UsageError } from '../input/errors.js';

/** `explicit`: the options given on the command line (not defaults) */
type Action = (inputs: string[], raw: Record<string, unknown>, explicit: Set<string>) => Promise<number>;

/** The run's code is loaded when a command runs, not to build the parser (or print --help). */
async function runCommand<R>(inputs: string[], opts: CommonOptions, spec: RunSpec<R>): Promise<number> {
  return (await import('./run.js')).runCommand(inputs, opts, spec);
}

export interface CommandDef {
  name: string;
  summary: string;
  /** shown under the command's --help */
  examples?: string[];
  build(cmd: Command): Command;
  action: Action;
}

function categories(raw: unknown): FigureCategory[] | undefined {
  if (typeof raw !== 'string') return undefined;
  const list = raw.split(/[,，\s]+/).filter(Boolean);
  for (const c of list)
    if (!(FIGURE_CATEGORIES as readonly string[]).includes(c))
      throw new UsageError(`--category: unknown category "${c}" (one of ${FIGURE_CATEGORIES.join(', ')})`);
  return list as FigureCategory[];
}

const statusOption = () =>
  new Option('--status <status>', 'only figures reported as achieved (actual) or planned (target)').choices(['actual', 'target']);

const topOption = (n: number) => new Option('--top <n>', 'number of keywords').default(n).argParser((v) => {
  const x = Number(v);
  if (!Number.isInteger(x) || x < 1) throw new UsageError('--top: must be a positive integer');
  return x;
});
/** Words have no table form: text is one line per input line, the rest are data. */
const SEGMENT_FORMATS = ['text', 'json', 'ndjson', 'csv', 'tsv'] as const;

const SORTS = ['position', 'value', 'category', 'label'] as const;

function minValue(v: string): number {
  const x = Number(v.replace(/[,_]/g, ''));
  if (!Number.isFinite(x)) throw new UsageError(`--min-value: not a number "${v}"`);
  return x;
}

const methodOption = () => new Option('--method <method>', 'keyword method').choices(['tfidf', 'textrank']).default('tfidf');

export const COMMANDS: CommandDef[] = [
  {
    name: 'analyze',
    examples: ['wenxi analyze fixtures/reference.txt', 'wenxi analyze -f md -o report.md corpus/', 'wenxi analyze -o report/ corpus/   # HTML: report/index.html and a page per article', 'wenxi analyze --category money,projects report.txt'],
    summary: 'everything: metadata, sections, key figures, keywords and summaries (the default command)',
    build: (c) => addSegmenterOptions(addCommonOptions(c)).addOption(topOption(10)).addOption(methodOption()).option('--category <list>', 'only figures of these categories (comma-separated)').addOption(statusOption()),
    action: async (inputs, raw, explicit) =>
      runCommand<Analysis>(inputs, commonOptions(raw, explicit), {
        task: 'analyze',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]), top: raw.top as number, method: raw.method as 'tfidf', categories: categories(raw.category), status: raw.status as FigureStatus | undefined },
        defaultFormat: { terminal: 'table', pipe: 'json' },
      }),
  },
  {
    name: 'segment',
    examples: ['wenxi segment --pos fixtures/reference.txt', "echo '经开区新签约项目10个' | wenxi segment"],
    summary: 'split Chinese text into words (jieba modes, optional part-of-speech tags)',
    build: (c) =>
      addSegmenterOptions(addCommonOptions(c, SEGMENT_FORMATS, 'text'))
        .addOption(new Option('--mode <mode>', 'segmentation mode').choices(['default', 'full', 'search']).default('default'))
        .option('--no-hmm', 'no HMM for unknown words')
        .option('--pos', 'add part-of-speech tags (word/tag)')
        .option('--delimiter <s>', 'word separator for text output', ' '),
    action: async (inputs, raw, explicit) =>
      runCommand<SegmentResult>(inputs, commonOptions(raw, explicit), {
        task: 'segment',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]), mode: raw.mode as 'default', hmm: raw.hmm as boolean, pos: Boolean(raw.pos) },
        renderOptions: { delimiter: raw.delimiter as string, pos: Boolean(raw.pos) },
        defaultFormat: { terminal: 'text', pipe: 'text' },
      }),
  },
  {
    name: 'figures',
    examples: ['wenxi figures fixtures/reference.txt', 'wenxi figures -f csv --fields path,category,label,value,unit corpus/ > figures.csv', 'wenxi figures --sort value --min-value 1e8 --category money report.txt'],
    summary: 'key figures: value, unit, category, label and position of every number that counts',
    build: (c) =>
      addCommonOptions(c)
        .option('--category <list>', `only these categories, comma-separated (${['money', 'projects', '…'].join(', ')})`)
        .option('--all', 'also report bare numbers without a unit')
        .addOption(statusOption())
        .option('--explain', 'say for each figure which rules produced it, its label, status and change')
        .addOption(new Option('--sort <key>', 'order of figures: position in the text, value (largest first), category, label').choices(SORTS).default('position'))
        .option('--min-value <n>', 'only figures whose normalised value is at least N (in base units: 1e8 for 1亿元)', minValue),
    action: async (inputs, raw, explicit) =>
      runCommand<FiguresResult>(inputs, commonOptions(raw, explicit), {
        task: 'figures',
        taskOptions: {
          all: Boolean(raw.all),
          categories: categories(raw.category),
          status: raw.status as FigureStatus | undefined,
          explain: Boolean(raw.explain),
          sort: raw.sort as (typeof SORTS)[number],
          minValue: raw.minValue as number | undefined,
        },
        defaultFormat: { terminal: 'table', pipe: 'json' },
      }),
  },
  {
    name: 'sections',
    examples: ['wenxi sections fixtures/reference.txt', 'wenxi sections -f json report.txt | jq ".[0].sections[].heading"'],
    summary: 'the section tree with themes, summaries and keywords',
    build: (c) => addSegmenterOptions(addCommonOptions(c)).addOption(methodOption()),
    action: async (inputs, raw, explicit) =>
      runCommand<Analysis>(inputs, commonOptions(raw, explicit), {
        task: 'sections',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]), method: raw.method as 'tfidf' },
        defaultFormat: { terminal: 'table', pipe: 'json' },
      }),
  },
  {
    name: 'keywords',
    examples: ['wenxi keywords --top 10 fixtures/reference.txt', 'wenxi keywords --method textrank -f csv corpus/'],
    summary: 'article keywords by TF-IDF or TextRank',
    build: (c) => addSegmenterOptions(addCommonOptions(c)).addOption(topOption(20)).addOption(methodOption()),
    action: async (inputs, raw, explicit) =>
      runCommand<KeywordsResult>(inputs, commonOptions(raw, explicit), {
        task: 'keywords',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]), top: raw.top as number, method: raw.method as 'tfidf' },
        defaultFormat: { terminal: 'table', pipe: 'json' },
      }),
  },
  {
    name: 'stats',
    examples: ['wenxi stats corpus/', 'wenxi stats --input-format jsonl -f csv corpus.jsonl'],
    summary: 'a corpus summary: articles, characters, figures by category, largest sums, frequent labels and keywords',
    build: (c) => addSegmenterOptions(addCommonOptions(c)).addOption(topOption(10)),
    action: async (inputs, raw, explicit) => {
      if (raw.fields !== undefined) throw new UsageError('--fields: stats has fixed columns (measure, key, value, unit, text, label)');
      const [{ StatsCollector }, { renderStats }] = await Promise.all([import('../pipeline/stats.js'), import('../report/renderers/stats.js')]);
      const collector = new StatsCollector(raw.top as number);
      return runCommand<Analysis>(inputs, commonOptions(raw, explicit), {
        task: 'stats',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]) },
        defaultFormat: { terminal: 'table', pipe: 'json' },
        onResult: (a) => collector.add(a),
        trailer: (format, ctx) => renderStats(collector.result(), format, ctx),
      });
    },
  },
];
