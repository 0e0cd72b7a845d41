import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.ts';
import { attachDirectSql } from './direct-sql.ts';
import { applyMigrations, type MigrationResult } from './migrate.ts';
import { pgClientRunner, pgliteRunner } from './sql-runner.ts';

export type Database = {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  migrate(): Promise<MigrationResult>;
  /**
   * Runs `work` while holding the start-up lock: of several processes starting at once on one
   * database, one seeds it while the others wait, and then find it seeded. A process that dies
   * holding the lock loses its connection, and the lock with it.
   */
  withStartupLock<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

// A session advisory lock (the migrations take another, inside their transaction).
const STARTUP_LOCK_KEY = 72707370;

// The repository's prisma/migrations, found from here whether running from src/ or the dist/ bundle.
function findMigrationsDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`prisma/migrations not found above ${from}`);
  }
}
export const MIGRATIONS_DIR = process.env.MIGRATIONS_DIR ?? findMigrationsDir(import.meta.dirname);

export type DatabaseOptions = {
  /** A PostgreSQL connection string; without one, the embedded PGlite database. */
  url?: string | undefined;
  /** PGlite's directory; `memory://` for a throw-away in-memory database. */
  pgliteDir?: string;
  migrationsDir?: string;
  poolSize?: number;
  /**
   * How long a statement waits for a free connection, and a transaction for its start (Prisma's
   * maxWait), before it fails as busy (lib/db-errors.ts isBusyDatabase → 503).
   */
  poolWaitMs?: number;
  onIdleError?: (error: Error) => void;
};

const statementNames = new Map<string, string>();
/**
 * A direct statement with parameters as a named prepared statement: each connection parses and
 * plans its text once, then sends only Bind/Execute (the home page's statement is ~3 KB of SQL).
 * The name is the text's hash, so one name never stands for two texts. (Prisma's statements and
 * the transactions' stay unnamed.)
 */
function prepared(text: string, values: unknown[]) {
  if (values.length === 0) return { text, values };
  let name = statementNames.get(text);
  if (!name) {
    // The texts are the code's, a few hundred at most; past that (a bug) they go unnamed rather
    // than fill every connection with prepared statements.
    if (statementNames.size >= 1000) return { text, values };
    name = `lx_${createHash('sha1').update(text).digest('hex')}`;
    statementNames.set(text, name);
  }
  return { name, text, values };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  if (options.url) {
    const waitMs = options.poolWaitMs ?? 3000;
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: waitMs,
    });
    // An idle connection the server closed (restart, failover) must not crash the process;
    // the pool replaces it on the next checkout.
    pool.on('error', (error) => options.onIdleError?.(error));
    const prisma = new PrismaClient({
      adapter: new PrismaPg(pool),
      // A transaction waits for its connection as long as a statement does; once started it may
      // run for 15 s (imports and batch steps take seconds; nothing interactive takes more).
      transactionOptions: { maxWait: waitMs, timeout: 15_000 },
    });
    // Statements that hold a hot row's lock (a rush's registrations) get connections of their own,
    // so that they never queue behind the ordinary reads waiting for the main pool.
    const lockPool = new pg.Pool({
      connectionString: options.url,
      max: 2,
      connectionTimeoutMillis: waitMs,
    });
    lockPool.on('error', (error) => options.onIdleError?.(error));
    attachDirectSql(
      prisma,
      (text, values) => pool.query(prepared(text, values)),
      (text, values) => lockPool.query(prepared(text, values)),
      async (work) => {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const result = await work((text, values) => client.query(text, values));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          // A connection that cannot even roll back is not given back to the pool.
          await client.query('ROLLBACK').catch((e: unknown) => {
            broken = e instanceof Error ? e : new Error(String(e));
          });
          throw error;
        } finally {
          client.release(broken);
        }
      },
    );
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
      async withStartupLock(work) {
        // A connection of its own, held for the whole of `work`, which uses the pool as usual.
        const client = new pg.Client({ connectionString: options.url });
        client.on('error', (error) => options.onIdleError?.(error));
        await client.connect();
        try {
          await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
          return await work();
        } finally {
          await client.end(); // ends the session, and the lock with it
        }
      },
      async close() {
        await prisma.$disconnect();
        await Promise.all([pool.end(), lockPool.end()]);
      },
    };
  }
  const dir = options.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) await mkdir(dir, { recursive: true });
  const pglite = new PGlite(dir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  attachDirectSql(
    prisma,
    (text, values) => pglite.query(text, values),
    undefined,
    (work) => pglite.transaction((tx) => work((text, values) => tx.query(text, values))),
  );
  return {
    kind: 'pglite',
    prisma,
    migrate: () => applyMigrations(pgliteRunner(pglite), migrationsDir),
    // The embedded database belongs to one process: there is nobody to wait for.
    withStartupLock: (work) => work(),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
