// How each figure category looks on a terminal.
import type { ChalkInstance } from 'chalk';
import type { FigureCategory } from '../../types.js';

const COLOURS: Record<FigureCategory, (c: ChalkInstance) => ChalkInstance> = {
  money: (c) => c.yellow,
  households: (c) => c.green,
  people: (c) => c.cyan,
  projects: (c) => c.magenta,
  facilities: (c) => c.blue,
  events: (c) => c.red,
  quantity: (c) => c.white,
  area: (c) => c.greenBright,
  capacity: (c) => c.blueBright,
  percent: (c) => c.yellowBright,
  other: (c) => c.gray,
};

export function paintCategory(chalk: ChalkInstance, category: FigureCategory, text: string = category): string {
  return COLOURS[category](chalk)(text);
}
