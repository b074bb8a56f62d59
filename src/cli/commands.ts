// The commands: each a choice of pipeline stages and a renderer.
import { Command, Option } from 'commander';
import type { Analysis, KeywordsResult } from '../pipeline/analysis.js';
import type { FiguresResult } from '../pipeline/figures-stage.js';
import { StatsCollector } from '../pipeline/stats.js';
import type { SegmentResult } from '../pipeline/tasks.js';
import { renderStats } from '../report/renderers/stats.js';
import { FIGURE_CATEGORIES, type FigureCategory, type FigureStatus } from '../types.js';
import { addCommonOptions, addSegmenterOptions, checkUserDicts, commonOptions } from './options.js';
import { runCommand } from './run.js';
import { UsageError } from '../input/errors.js';

type Action = (inputs: string[], raw: Record<string, unknown>) => Promise<number>;

export interface CommandDef {
  name: string;
  summary: string;
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
const methodOption = () => new Option('--method <method>', 'keyword method').choices(['tfidf', 'textrank']).default('tfidf');

export const COMMANDS: CommandDef[] = [
  {
    name: 'analyze',
    summary: 'everything: metadata, sections, key figures, keywords and summaries (the default command)',
    build: (c) => addSegmenterOptions(addCommonOptions(c)).addOption(topOption(10)).addOption(methodOption()).option('--category <list>', 'only figures of these categories (comma-separated)').addOption(statusOption()),
    action: async (inputs, raw) =>
      runCommand<Analysis>(inputs, commonOptions(raw), {
        task: 'analyze',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]), top: raw.top as number, method: raw.method as 'tfidf', categories: categories(raw.category), status: raw.status as FigureStatus | undefined },
        defaultFormat: { terminal: 'table', pipe: 'json' },
      }),
  },
  {
    name: 'segment',
    summary: 'split Chinese text into words (jieba modes, optional part-of-speech tags)',
    build: (c) =>
      addSegmenterOptions(addCommonOptions(c))
        .addOption(new Option('--mode <mode>', 'segmentation mode').choices(['default', 'full', 'search']).default('default'))
        .option('--no-hmm', 'no HMM for unknown words')
        .option('--pos', 'add part-of-speech tags (word/tag)')
        .option('--delimiter <s>', 'word separator for text output', ' '),
    action: async (inputs, raw) =>
      runCommand<SegmentResult>(inputs, commonOptions(raw), {
        task: 'segment',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]), mode: raw.mode as 'default', hmm: raw.hmm as boolean, pos: Boolean(raw.pos) },
        renderOptions: { delimiter: raw.delimiter as string, pos: Boolean(raw.pos) },
        defaultFormat: { terminal: 'text', pipe: 'text' },
      }),
  },
  {
    name: 'figures',
    summary: 'key figures: value, unit, category, label and position of every number that counts',
    build: (c) =>
      addCommonOptions(c)
        .option('--category <list>', `only these categories, comma-separated (${['money', 'projects', '…'].join(', ')})`)
        .option('--all', 'also report bare numbers without a unit')
        .addOption(statusOption())
        .option('--explain', 'say for each figure which rules produced it, its label, status and change'),
    action: async (inputs, raw) =>
      runCommand<FiguresResult>(inputs, commonOptions(raw), {
        task: 'figures',
        taskOptions: { all: Boolean(raw.all), categories: categories(raw.category), status: raw.status as FigureStatus | undefined, explain: Boolean(raw.explain) },
        defaultFormat: { terminal: 'table', pipe: 'json' },
      }),
  },
  {
    name: 'sections',
    summary: 'the section tree with themes, summaries and keywords',
    build: (c) => addSegmenterOptions(addCommonOptions(c)).addOption(methodOption()),
    action: async (inputs, raw) =>
      runCommand<Analysis>(inputs, commonOptions(raw), {
        task: 'sections',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]), method: raw.method as 'tfidf' },
        defaultFormat: { terminal: 'table', pipe: 'json' },
      }),
  },
  {
    name: 'keywords',
    summary: 'article keywords by TF-IDF or TextRank',
    build: (c) => addSegmenterOptions(addCommonOptions(c)).addOption(topOption(20)).addOption(methodOption()),
    action: async (inputs, raw) =>
      runCommand<KeywordsResult>(inputs, commonOptions(raw), {
        task: 'keywords',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]), top: raw.top as number, method: raw.method as 'tfidf' },
        defaultFormat: { terminal: 'table', pipe: 'json' },
      }),
  },
  {
    name: 'stats',
    summary: 'a corpus summary: articles, characters, figures by category, largest sums, frequent labels and keywords',
    build: (c) => addSegmenterOptions(addCommonOptions(c)).addOption(topOption(10)),
    action: async (inputs, raw) => {
      const collector = new StatsCollector(raw.top as number);
      return runCommand<Analysis>(inputs, commonOptions(raw), {
        task: 'stats',
        taskOptions: { userDicts: await checkUserDicts(raw.userDict as string[]) },
        defaultFormat: { terminal: 'table', pipe: 'json' },
        onResult: (a) => collector.add(a),
        trailer: (format, ctx) => renderStats(collector.result(), format, ctx.chalk),
      });
    },
  },
];
