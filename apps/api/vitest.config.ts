import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each file has its own database. The files wait on it and on argon2 as much as they compute,
    // so two run at once even on 2 cores (vitest's default there is one): on PostgreSQL 367 → 269 s,
    // on the embedded database ~540 → 366 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['test/support/fail-on-console-error.ts'],
  },
});
