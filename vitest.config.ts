import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Some suites load the jieba dictionary (3+ s) or spawn the real CLI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
