// Rate limits counted in the database, so that they hold across every API process on it: N
// processes with in-memory counters would allow N times the limit. One statement per counted
// request, on the direct lane (no query compiler): an upsert that starts a window with the first
// hit and counts the others in it, decided by the database's clock, so that the processes agree.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { directSql, type DirectSql } from '../db/direct-sql.ts';

type Hit = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Hit) => void;

type RouteOptions = Parameters<FastifyRateLimitStore['child']>[0];

/**
 * Counts one hit on `key` in its window of `windowMs`, starting a new window when the last one
 * has ended. Concurrent hits on one key queue on its row: each sees the count including itself.
 */
export async function countHit(sql: DirectSql, key: string, windowMs: number): Promise<Hit> {
  const [row] = await sql<{ hits: number; ttl: number }>`
    INSERT INTO "RateLimitCounter" AS c (key, hits, "windowEndsAt")
    VALUES (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN c."windowEndsAt" <= now() THEN 1 ELSE c.hits + 1 END,
      "windowEndsAt" = CASE WHEN c."windowEndsAt" <= now() THEN excluded."windowEndsAt"
                            ELSE c."windowEndsAt" END
    RETURNING c.hits,
      greatest(0, ceil(extract(epoch FROM c."windowEndsAt" - now()) * 1000))::int AS ttl`;
  return { current: row!.hits, ttl: row!.ttl };
}

/** The current count on `key` without counting (0 when its window has ended). */
export async function readHits(sql: DirectSql, key: string): Promise<Hit> {
  const [row] = await sql<{ hits: number; ttl: number }>`
    SELECT hits, greatest(0, ceil(extract(epoch FROM "windowEndsAt" - now()) * 1000))::int AS ttl
    FROM "RateLimitCounter" WHERE key = ${key} AND "windowEndsAt" > now()`;
  return row ? { current: row.hits, ttl: row.ttl } : { current: 0, ttl: 0 };
}

/**
 * Where limits are counted. `database`: all of them, in the database. `routes`: the limits routes
 * set for themselves (sign-in, password reset, public verification: the ones against guessing and
 * abuse) in the database, the global per-address flood limit in each process, which saves every
 * other request a statement and the contention of one address's requests on one row. `memory`:
 * all in each process (one process; N processes allow N×).
 */
export type RateLimitStoreMode = 'database' | 'routes' | 'memory';

/** Fixed windows in this process's memory, for the limits not counted in the database. */
function memoryCounter() {
  const windows = new Map<string, { hits: number; endsAt: number }>();
  let prunedAt = Date.now();
  return {
    hit(key: string, windowMs: number): Hit {
      const now = Date.now();
      if (now - prunedAt > 60_000) {
        for (const [k, w] of windows) if (w.endsAt <= now) windows.delete(k);
        prunedAt = now;
      }
      let w = windows.get(key);
      if (!w || w.endsAt <= now) windows.set(key, (w = { hits: 0, endsAt: now + windowMs }));
      w.hits++;
      return { current: w.hits, ttl: w.endsAt - now };
    },
    read(key: string): Hit {
      const w = windows.get(key);
      const now = Date.now();
      return w && w.endsAt > now
        ? { current: w.hits, ttl: w.endsAt - now }
        : { current: 0, ttl: 0 };
    },
  };
}

/**
 * A store class for @fastify/rate-limit (`store` option): the plugin constructs it itself, so the
 * database is closed over. Each route with limits of its own counts under its method and URL, as
 * the plugin's Redis store does; the global limit counts under the client's address alone.
 */
export function rateLimitStore(
  prisma: PrismaClient,
  mode: Exclude<RateLimitStoreMode, 'memory'>,
): FastifyRateLimitStoreCtor {
  const sql = directSql(prisma);
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    private readonly memory;
    constructor(
      _params?: unknown,
      private readonly prefix = 'ip:',
      inDatabase = mode === 'database',
    ) {
      this.memory = inDatabase ? null : memoryCounter();
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      if (this.memory) return callback(null, this.memory.hit(this.prefix + key, timeWindow));
      countHit(sql, this.prefix + key, timeWindow).then(
        (hit) => callback(null, hit),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: Callback) {
      if (this.memory) return callback(null, this.memory.read(this.prefix + key));
      readHits(sql, this.prefix + key).then(
        (hit) => callback(null, hit),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: RouteOptions) {
      // The plugin passes the route's merged limits with the route itself as `routeInfo`.
      const { routeInfo } = routeOptions as unknown as {
        routeInfo?: { method?: unknown; url?: string };
      };
      const { method = '', url = '' } = routeInfo ?? {};
      return new SharedRateLimitStore(undefined, `route:${String(method)}${url}:`, true);
    }
  };
}

/** Counters whose window ended more than a minute ago: nothing reads them any more. */
export async function pruneRateLimitCounters(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE "windowEndsAt" < now() - interval '1 minute'`;
}
