import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// Serves the built SPAs: the member SPA at /, the admin console at /admin; unknown paths under
// each get its index.html so client-side routes survive a reload.
export const staticPlugin = fp(
  async (
    app: FastifyInstance,
    opts: { webDist?: string | undefined; adminDist?: string | undefined },
  ) => {
    const spas = [
      { prefix: '/admin/', root: opts.adminDist },
      { prefix: '/', root: opts.webDist },
    ].filter(
      (s): s is { prefix: string; root: string } =>
        !!s.root && existsSync(path.join(s.root, 'index.html')),
    );
    spas.forEach((spa, i) => {
      void app.register(fastifyStatic, {
        root: path.resolve(spa.root),
        prefix: spa.prefix,
        decorateReply: i === 0,
        wildcard: false,
        index: false,
        // The build writes a brotli and a gzip copy next to each text file
        // (scripts/vite-precompress.ts): sent with Content-Encoding to a browser that accepts it,
        // with Vary: Accept-Encoding on every answer. The copies are no addresses of their own.
        preCompressed: true,
        globIgnore: ['**/*.br', '**/*.gz'],
        setHeaders(res, filePath) {
          if (filePath.includes(`${path.sep}assets${path.sep}`)) {
            res.header('cache-control', 'public, max-age=31536000, immutable');
          } else if (path.basename(filePath).startsWith('index.html')) {
            // Names the current hashed assets: asked again (a 304 when unchanged) on every visit.
            res.header('cache-control', 'no-cache');
          }
        },
      });
    });
    app.decorate('spaRootFor', (urlPath: string): string | null => {
      if (urlPath.startsWith('/api') || path.extname(urlPath)) return null;
      const spa = spas.find((s) => urlPath.startsWith(s.prefix) || `${urlPath}/` === s.prefix);
      return spa ? path.resolve(spa.root) : null;
    });
  },
  { name: 'static' },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** The built SPA whose index.html answers this path (client-side route), if any. */
    spaRootFor(urlPath: string): string | null;
  }
}
