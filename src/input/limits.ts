// The budget one input may use. Work per paragraph is linear, but memory still
// grows with the input (analyze: ~40 MB of heap per MB of text; a 50 MB file
// peaks at 1.3 GB of Node's default ~4 GB), so an input past this size is
// refused on its own instead of taking the whole run down with a
// heap-out-of-memory crash.
import { InputError } from './errors.js';

export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function checkInputSize(path: string, bytes: number | undefined): void {
  if (bytes !== undefined && bytes > MAX_INPUT_BYTES)
    throw new InputError(path, `too large to analyse (${mb(bytes)}; at most ${mb(MAX_INPUT_BYTES)} per input)`);
}
