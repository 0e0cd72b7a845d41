import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/vite-precompress.ts';

// The member SPA is served at the site root; in development /api goes to the API on port 3000
// (LX_API_URL points the dev server at another API instance).
const apiTarget = process.env.LX_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [react(), precompress()],
  resolve: { tsconfigPaths: true },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { port: 4173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: {
    // 360 Browser's compatibility mode runs Chrome 86 (issue 19): syntax and CSS for it; the
    // built JS is checked by scripts/check-browser-syntax.mjs, the pages by e2e/tests/compat.
    target: 'chrome86',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
