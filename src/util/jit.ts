// V8's optimising compiler, tuned for wenxi's runs: measured with callgrind
// (instructions, --single-threaded so compile work is counted), a 1 MB corpus
// `analyze -j 1` costs 8.84 G instructions with V8's default inlining budget
// and 7.52 G with a cumulative budget of 150 bytecode bytes per function
// (figures: 5.88 → 4.79 G), while a warm pass of figure extraction costs the
// same (0.510 vs 0.509 G per 1.1 MB): big inlined functions took long to
// compile, in each worker again, and ran no faster. Set before any code runs hot.
import { setFlagsFromString } from 'node:v8';

export const JIT_FLAGS = '--max-inlined-bytecode-size-cumulative=150';

export function tuneJit(): void {
  if (process.env.WENXI_JIT_DEFAULTS !== '1') setFlagsFromString(JIT_FLAGS);
}
