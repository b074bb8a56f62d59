// Colour only on a terminal; NO_COLOR and --no-color switch it off. Without
// colour, chalk is not even loaded: a stand-in passes text through.
import type { ChalkInstance } from 'chalk';

const plain: ChalkInstance = new Proxy(((...parts: unknown[]) => parts.join(' ')) as unknown as ChalkInstance, {
  // 'then' must stay undefined, or awaiting the stand-in would never settle
  get: (target, prop) =>
    prop === 'then' ? undefined : prop === 'level' ? 0 : typeof prop === 'symbol' ? Reflect.get(target, prop) : plain,
});

export async function makeChalk(enabled: boolean): Promise<ChalkInstance> {
  if (!enabled) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

/** --color=always beats NO_COLOR (an explicit request), --color=never and --no-color beat everything. */
export function colorWanted(isTerminal: boolean, mode: 'auto' | 'always' | 'never' = 'auto'): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return isTerminal;
}
