// Clause bounds for labels and context: the stretch between two breaks, at most
// a bounded number of characters, so looking around a figure costs O(1).
import { CLAUSE_BREAKS } from '../data/labels.js';
import { tableOf } from '../../text/char-table.js';

const LOOK = 40;

export function clauseStart(text: string, pos: number, breaks: ReadonlySet<string> = CLAUSE_BREAKS): number {
  const t = tableOf(breaks);
  const min = Math.max(0, pos - LOOK);
  let i = pos;
  while (i > min && t[text.charCodeAt(i - 1)] === 0) i--;
  return i;
}

export function clauseEnd(text: string, pos: number, breaks: ReadonlySet<string> = CLAUSE_BREAKS): number {
  const t = tableOf(breaks);
  const max = Math.min(text.length, pos + LOOK);
  let i = pos;
  while (i < max && t[text.charCodeAt(i)] === 0) i++;
  return i;
}
