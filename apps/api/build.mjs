// Bundles the API (and the workspace code it imports) into dist/server.mjs, and the image pool's
// worker into dist/image-pool-worker.mjs; npm packages stay external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((d) => !d.startsWith('@lx/'));

await build({
  // The image pool's worker thread is its own entry point: lib/image-pool.ts loads
  // dist/image-pool-worker.mjs next to the bundled server.
  entryPoints: { server: 'src/server.ts', 'image-pool-worker': 'src/lib/image-pool-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...external, '@prisma/client/*'],
  // The generated Prisma client and our code use import.meta.dirname / createRequire.
  banner: {
    js: "import { createRequire as __lxCreateRequire } from 'node:module'; const require = __lxCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('built apps/api/dist/server.mjs and dist/image-pool-worker.mjs');
