// Where the prebuilt dictionary lives. The first process that segments builds
// cppjieba's dictionary from its text files (about a second) and writes the
// result here; every later one reads it in milliseconds. Next to the package
// (its build/ folder, where npm install put the addon) when that is writable,
// else the user's cache folder, else nowhere (each process builds its own).

import { accessSync, constants, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_BUILD = fileURLToPath(new URL('../../build/', import.meta.url));

function usable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK | constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

let chosen: string | null | undefined;

/** `WENXI_DICT_CACHE=off` turns the cache off; `WENXI_DICT_CACHE=DIR` puts it in DIR. */
export function dictCacheDir(): string | null {
  if (chosen !== undefined) return chosen;
  const env = process.env.WENXI_DICT_CACHE;
  if (env === 'off' || env === '0') return (chosen = null);
  const candidates = env
    ? [env]
    : [join(PACKAGE_BUILD, 'dict-cache'), join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'wenxi')];
  chosen = candidates.find(usable) ?? null;
  return chosen;
}
