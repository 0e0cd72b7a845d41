import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/vite-precompress.ts';

// The admin console is served under /admin; in development /api goes to the API on port 3000.
export default defineConfig({
  base: '/admin/',
  plugins: [react(), precompress()],
  resolve: { tsconfigPaths: true },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: { port: 4174 },
  build: {
    // 360 Browser's compatibility mode runs Chrome 86 (issue 19): syntax and CSS for it; the
    // built JS is checked by scripts/check-browser-syntax.mjs, the pages by e2e/tests/compat.
    target: 'chrome86',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
