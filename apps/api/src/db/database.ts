import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.ts';
import { applyMigrations, type MigrationResult } from './migrate.ts';
import { pgClientRunner, pgliteRunner } from './sql-runner.ts';

export type Database = {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  migrate(): Promise<MigrationResult>;
  close(): Promise<void>;
};

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../../prisma/migrations');

export type DatabaseOptions = {
  /** A PostgreSQL connection string; without one, the embedded PGlite database. */
  url?: string | undefined;
  /** PGlite's directory; `memory://` for a throw-away in-memory database. */
  pgliteDir?: string;
  migrationsDir?: string;
  poolSize?: number;
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: 'postgres',
      prisma,
      async migrate() {
        const client = await pool.connect();
        try {
          return await applyMigrations(pgClientRunner(client), migrationsDir);
        } finally {
          client.release();
        }
      },
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const dir = options.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) await mkdir(dir, { recursive: true });
  const pglite = new PGlite(dir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: 'pglite',
    prisma,
    migrate: () => applyMigrations(pgliteRunner(pglite), migrationsDir),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
