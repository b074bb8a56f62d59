// Compact terminal tables: a rule under the header, none between rows.
import type Table from 'cli-table3';
import { lazy } from '../util/lazy.js';

const cliTable = lazy<typeof Table>('cli-table3');
import type { ChalkInstance } from 'chalk';

const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function makeTable(head: string[], chalk: ChalkInstance): InstanceType<typeof Table> {
  const T = cliTable();
  return new T({ head: head.map((h) => chalk.bold(h)), chars: COMPACT, style: { head: [], border: [] }, wordWrap: false });
}
