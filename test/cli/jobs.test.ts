// The default worker count follows the bench's measurements (README, Performance).
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES_FOR_WORKERS_ON_TWO_CORES, MIN_INPUTS_FOR_WORKERS, workerCount } from '../../src/cli/run.js';

const cores = os.availableParallelism();

describe('workerCount', () => {
  it('keeps small runs in one thread and never exceeds the cores or the inputs', () => {
    expect(workerCount(undefined, 1, 'analyze')).toBe(1);
    expect(workerCount(undefined, MIN_INPUTS_FOR_WORKERS - 1, 'analyze')).toBe(1);
    expect(workerCount(undefined, 1000, 'analyze')).toBe(cores);
    expect(workerCount(undefined, null, 'analyze')).toBe(cores);
    expect(workerCount(50, 9, 'analyze')).toBe(Math.min(cores, 9));
    expect(workerCount(3, 2, 'analyze')).toBe(Math.min(2, cores));
  });

  it('an explicit -j is obeyed (within the bounds), also for small runs and figures', () => {
    expect(workerCount(2, 3, 'figures')).toBe(Math.min(2, cores));
    expect(workerCount(1, 1000, 'analyze')).toBe(1);
  });

  it('on two cores or fewer, a default run of less input than the measured break-even stays in one thread', () => {
    const small = MIN_BYTES_FOR_WORKERS_ON_TWO_CORES - 1;
    expect(workerCount(undefined, 1000, 'analyze', small)).toBe(cores <= 2 ? 1 : cores);
    expect(workerCount(undefined, 1000, 'analyze', MIN_BYTES_FOR_WORKERS_ON_TWO_CORES)).toBe(cores);
    expect(workerCount(2, 1000, 'analyze', small)).toBe(Math.min(2, cores)); // -j 2 asked for: obeyed
  });

  it('figures default to one thread on a machine of two cores or fewer', () => {
    expect(workerCount(undefined, 1000, 'figures')).toBe(cores <= 2 ? 1 : cores);
  });
});
