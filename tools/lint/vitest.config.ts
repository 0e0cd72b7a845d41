import { defineConfig } from 'vitest/config';

// Loading the repository's ESLint config (typescript-eslint, the import plugin) takes a few seconds.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 30_000 } });
