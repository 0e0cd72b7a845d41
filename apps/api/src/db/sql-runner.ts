import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/** The raw SQL the migrator needs: multi-statement scripts and parameterised queries, in a transaction. */
export type SqlRunner = {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
};

export function pgliteRunner(db: Pick<PGlite, 'exec' | 'query' | 'transaction'>): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params)).rows;
    },
    transaction(fn) {
      return db.transaction((tx) => fn(pgliteRunner(tx as unknown as PGlite)));
    },
  };
}

export function pgClientRunner(client: pg.PoolClient | pg.Client): SqlRunner {
  const runner: SqlRunner = {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    async transaction(fn) {
      await client.query('BEGIN');
      try {
        const result = await fn(runner);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
  return runner;
}
