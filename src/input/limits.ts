// The budget one input may use. Work per paragraph is linear, but memory still
// grows with the input (analyze peaks at about 30 MB per MB of text), so an
// input past this size is refused on its own instead of taking the whole run
// down with a heap-out-of-memory crash. 64 MB keeps a 50 MB article (a year
// of a county's news in one file) readable.
import { InputError } from './errors.js';

export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function checkInputSize(path: string, bytes: number | undefined): void {
  if (bytes !== undefined && bytes > MAX_INPUT_BYTES)
    throw new InputError(path, `too large to analyse (${mb(bytes)}; at most ${mb(MAX_INPUT_BYTES)} per input)`);
}
