import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma/config';

// The native engines cannot be downloaded here: the query compiler and driver adapters need none.
// `prisma migrate diff` between two schema files still wants an adapter; an in-memory PGlite
// serves (it is never written to). The app applies migrations itself (apps/api/src/db/migrate.ts).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPGlite(new PGlite()),
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
});
