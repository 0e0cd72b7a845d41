import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each worker imports the app once, not once per file: importing it (Prisma's client, Fastify,
    // every module) cost ~2.9 s a file, 132 s of the suite. Files share no state but their
    // modules': each starts its own app on its own database and closes it (PostgreSQL suite
    // 265 → 148 s, embedded 316 → 148 s; passes with the files shuffled, seeds 7 and 11).
    isolate: false,
    // Each file has its own database. The files wait on it and on argon2 as much as they compute,
    // so two run at once even on 2 cores (vitest's default there is one): on PostgreSQL 367 → 269 s,
    // on the embedded database ~540 → 366 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['test/support/fail-on-console-error.ts'],
  },
});
