// CommonJS dependencies loaded on first use: start-up time is paid only by
// the runs that need them (`wenxi figures -f json` never loads table, colour,
// HTML or GBK code).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazy<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= require(id) as T);
}
