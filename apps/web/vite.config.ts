import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The member SPA is served at the site root; in development /api goes to the API on port 3000
// (LX_API_URL points the dev server at another API instance).
const apiTarget = process.env.LX_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { port: 4173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
