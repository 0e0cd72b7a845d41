import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * Hand-written SQL for the hottest statements, straight to the driver: no query compiler and no
 * result mapping. A Prisma statement costs ~0.15 ms (`$queryRaw`) to ~0.9 ms (`findFirst`) of API
 * CPU, the driver ~0.04 ms (bench/events.ts). Rows come as the driver reads them: timestamps as
 * Date, int4 as number, bigint and numeric as strings (cast in SQL to what the caller wants).
 *
 * Outside transactions only: a statement here runs on a connection of its own (PostgreSQL) or
 * after any open transaction (the embedded database is one connection). A transaction client has
 * no direct lane: `directSql(tx)` throws, so nothing waits for itself. A short transaction of a
 * hot write has its own: `directTransaction`.
 */
export type DirectSql = <Row>(
  strings: TemplateStringsArray,
  ...values: unknown[]
) => Promise<Row[]>;

type Query = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** Runs `work` in a transaction of the driver's, its statements through the query it is given. */
export type Transact = <T>(work: (query: Query) => Promise<T>) => Promise<T>;

const lanes = new WeakMap<
  object,
  { main: DirectSql; locking: DirectSql; transact: Transact | undefined }
>();

const FRAGMENT = Symbol('sql fragment');

/** A piece of a direct statement, written once and placed in several (a queue's filters). */
export type SqlFragment = { [FRAGMENT]: true; strings: readonly string[]; values: unknown[] };

export const sqlFragment = (strings: TemplateStringsArray, ...values: unknown[]): SqlFragment => ({
  [FRAGMENT]: true,
  strings,
  values,
});

/** Fragments one after another, `separator` between them (a statement's list of expressions). */
export const sqlList = (fragments: readonly SqlFragment[], separator = ', '): SqlFragment => ({
  [FRAGMENT]: true,
  strings: ['', ...fragments.map((_, i) => (i < fragments.length - 1 ? separator : ''))],
  values: [...fragments],
});

/** How many rows `from` (a table and its WHERE) holds: one `count(*)` on the direct lane. */
export const countRows = async (sql: DirectSql, from: SqlFragment): Promise<number> =>
  (await sql<{ count: number }>`SELECT count(*)::int AS count FROM ${from}`)[0]!.count;

const isFragment = (value: unknown): value is SqlFragment =>
  typeof value === 'object' && value !== null && FRAGMENT in value;

/** The statement's text with `$n` placeholders, its fragments spliced in; `params` gets the values. */
function compose(strings: readonly string[], values: unknown[], params: unknown[]): string {
  let text = strings[0]!;
  values.forEach((value, i) => {
    if (isFragment(value)) text += compose(value.strings, value.values, params);
    else text += `$${params.push(value)}`;
    text += strings[i + 1]!;
  });
  return text;
}

const laneOf =
  (query: Query): DirectSql =>
  async <Row>(strings: TemplateStringsArray, ...values: unknown[]) => {
    const params: unknown[] = [];
    const text = compose(strings, values, params);
    return (await query(text, params)).rows as Row[];
  };

/**
 * Called by openDatabase for the client it makes, with its driver's query function, one for
 * statements that hold a contended row lock (on PostgreSQL, a pool of their own; else the same),
 * and its driver's way to run a transaction.
 */
export function attachDirectSql(
  prisma: PrismaClient,
  query: Query,
  locking: Query = query,
  transact?: Transact,
): void {
  lanes.set(prisma, { main: laneOf(query), locking: laneOf(locking), transact });
}

/**
 * The direct lane. `locking`: for a statement that holds a row many requests wait for (the
 * event's, in a registration rush). It runs on connections of its own, so that it never waits in
 * the pool's queue behind the reads of those same requests while the row stays locked.
 */
export function directSql(prisma: PrismaClient, lane: 'main' | 'locking' = 'main'): DirectSql {
  const lanesOf = lanes.get(prisma);
  if (!lanesOf)
    throw new Error('directSql: only for the client openDatabase made, outside transactions');
  return lanesOf[lane];
}

/**
 * A transaction on the driver, for a hot write whose statements are all hand-written (issue 17:
 * through Prisma's interactive transaction each of them cost several times the driver's work).
 * Committed when `work` resolves, rolled back when it throws. On PostgreSQL it takes a connection
 * of the main pool, waiting for one as long as a statement does (then the pool's timeout, which the
 * API answers with 503); on the embedded database it runs after any other transaction. Inside
 * `work` use only its `sql`: the embedded database would wait for itself.
 */
export function directTransaction<T>(
  prisma: PrismaClient,
  work: (sql: DirectSql) => Promise<T>,
): Promise<T> {
  const transact = lanes.get(prisma)?.transact;
  if (!transact) throw new Error('directTransaction: only for the client openDatabase made');
  return transact((query) => work(laneOf(query)));
}
