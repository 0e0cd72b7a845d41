import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The admin console is served under /admin; in development /api goes to the API on port 3000.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: { port: 4174 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
