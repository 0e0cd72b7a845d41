import type { PrismaClient } from '../../generated/prisma/client.ts';
import { sha256 } from '../../lib/tokens.ts';
import { loadSessionEntry, type SessionContext } from './session-store.ts';

type Entry = { context: SessionContext; until: number };

export type SessionCache = {
  /** The session of a cookie for a GET or HEAD: from the cache while it is fresh, else the database. */
  read(token: string): Promise<SessionContext | null>;
  /** Forgets every cached session; the next read of each goes to the database. */
  clear(): void;
};

/**
 * A short in-process cache of sessions for reads, keyed by the token's hash: a page that makes
 * several requests, or a list polled by a busy desk, loads its session from the database once per
 * `ttlMs` (default 5 s, `SESSION_CACHE_MS`; 0 turns it off). Bounded: past `maxEntries` the oldest
 * entry goes. Only valid sessions are kept, never past their own expiry.
 *
 * What it may cost: state-changing requests never use it, and each one clears it when it answers
 * (the auth plugin), so a logout, a password change, an account disabled or its roles changed —
 * or anything else written through this process — is seen by this process's next request. A
 * change made through ANOTHER API process (or straight in the database) is seen here within
 * `ttlMs`: a revoked session may still read for up to 5 s on the other processes.
 * A read that started before a clear does not store what it read (the generation check), so a
 * read racing a revocation cannot put the old session back.
 */
export function createSessionCache(
  prisma: PrismaClient,
  options: { ttlMs: number; sessionTtlMs: number; maxEntries?: number },
): SessionCache {
  const { ttlMs, sessionTtlMs, maxEntries = 10_000 } = options;
  const entries = new Map<string, Entry>();
  let generation = 0;
  return {
    async read(token) {
      if (ttlMs <= 0) return (await loadSessionEntry(prisma, token, sessionTtlMs))?.context ?? null;
      const key = sha256(token);
      const now = Date.now();
      const cached = entries.get(key);
      if (cached && cached.until > now) return cached.context;
      if (cached) entries.delete(key);
      const startedIn = generation;
      const loaded = await loadSessionEntry(prisma, token, sessionTtlMs);
      if (!loaded) return null;
      if (startedIn === generation) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(key, {
          context: loaded.context,
          until: Math.min(now + ttlMs, loaded.expiresAt),
        });
      }
      return loaded.context;
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}
