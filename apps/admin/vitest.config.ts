import { defineConfig } from 'vitest/config';

// Unit tests of the pure logic (no DOM): parsing, mapping, diffs. Pages are covered by e2e/.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: { include: ['test/**/*.test.ts'] },
});
