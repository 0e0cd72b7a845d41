import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD } from '@lx/shared/auth-schemas';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { sha256 } from '../../lib/tokens.ts';

/**
 * Whose failures a sign-in counts against: the account, or — for a login that matches no enabled
 * account — the login itself, so that both answer alike (docs/decisions/004).
 */
export type ThrottleTarget = { kind: 'account'; id: string } | { kind: 'login'; key: string };

type Db = Pick<PrismaClient, '$queryRaw'>;

export const throttleLogin = (login: string): ThrottleTarget => ({
  kind: 'login',
  key: sha256(login.trim().toLowerCase()),
});

// Rows for unknown logins that nobody has tried for this long are removed (their count with them).
const UNKNOWN_LOGIN_RETENTION_MS = 24 * 3600_000;

const table = (t: ThrottleTarget) =>
  Prisma.raw(t.kind === 'account' ? '"Account"' : '"LoginThrottle"');
const matches = (t: ThrottleTarget) =>
  t.kind === 'account'
    ? Prisma.sql`"Account".id = ${t.id}::uuid`
    : Prisma.sql`"LoginThrottle".key = ${t.key}`;

/**
 * Reserves one password check before the slow argon2 verification: the counter goes up first, in
 * one conditional statement, so that of any number of concurrent requests at most
 * LOCKOUT_THRESHOLD get their password checked. A lock that has run out is cleared (and the count
 * restarted) by the same statement. Returns the count including this attempt, or null when no
 * check is left: the caller answers LOCKED.
 */
export async function reserveAttempt(prisma: Db, target: ThrottleTarget): Promise<number | null> {
  const now = new Date();
  const t = table(target);
  const expired = Prisma.sql`${t}."lockedUntil" <= ${now}`;
  const set = Prisma.sql`
    "failedLoginCount" = CASE WHEN ${expired} THEN 1 ELSE ${t}."failedLoginCount" + 1 END,
    "lockedUntil" = CASE WHEN ${expired} THEN NULL ELSE ${t}."lockedUntil" END`;
  // Not locked and a check left — or a lock that has run out.
  const allowed = Prisma.sql`(${t}."lockedUntil" IS NULL AND ${t}."failedLoginCount" < ${LOCKOUT_THRESHOLD}) OR ${expired}`;
  const rows =
    target.kind === 'account'
      ? await prisma.$queryRaw<{ failedLoginCount: number }[]>`
          UPDATE "Account" SET ${set} WHERE ${matches(target)} AND (${allowed})
          RETURNING "failedLoginCount"`
      : await prisma.$queryRaw<{ failedLoginCount: number }[]>`
          INSERT INTO "LoginThrottle" (key, "failedLoginCount", "updatedAt")
          VALUES (${target.key}, 1, ${now})
          ON CONFLICT (key) DO UPDATE SET ${set}, "updatedAt" = ${now} WHERE ${allowed}
          RETURNING "failedLoginCount"`;
  return rows[0]?.failedLoginCount ?? null;
}

/**
 * Called after a failed check (the reservation stays: it is the counted failure) and when a
 * reservation was refused: locks for LOCKOUT_MINUTES once the count is used up. The counter is
 * left as it is, so the lock cannot be cleared by more failures; it restarts when the lock ends.
 * Returns the lock (null when not locked) and whether this call set it (to audit it once).
 */
export async function lockIfExhausted(
  prisma: Db,
  target: ThrottleTarget,
): Promise<{ lockedUntil: Date | null; lockedNow: boolean }> {
  const now = new Date();
  const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  const t = table(target);
  // Whether this call set the lock is told by the row the conditional update returns, not by
  // comparing times: two calls in the same millisecond compute the same end of the lock.
  const set = await prisma.$queryRaw<{ lockedUntil: Date }[]>`
    UPDATE ${t} SET "lockedUntil" = ${until}
    WHERE ${matches(target)}
      AND (${t}."lockedUntil" IS NULL OR ${t}."lockedUntil" <= ${now})
      AND ${t}."failedLoginCount" >= ${LOCKOUT_THRESHOLD}
    RETURNING "lockedUntil"`;
  if (set.length === 1) return { lockedUntil: until, lockedNow: true };
  const [row] = await prisma.$queryRaw<{ lockedUntil: Date | null }[]>`
    SELECT "lockedUntil" FROM ${t} WHERE ${matches(target)}`;
  const lockedUntil = row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
  return { lockedUntil, lockedNow: false };
}

/** Gives back a reservation that was neither a failure nor a sign-in; false if locked meanwhile. */
export async function releaseAttempt(prisma: Db, target: ThrottleTarget): Promise<boolean> {
  const now = new Date();
  const t = table(target);
  const rows = await prisma.$queryRaw<unknown[]>`
    UPDATE ${t} SET "failedLoginCount" = GREATEST(${t}."failedLoginCount" - 1, 0)
    WHERE ${matches(target)} AND (${t}."lockedUntil" IS NULL OR ${t}."lockedUntil" <= ${now})
    RETURNING 1`;
  return rows.length === 1;
}

/** Forgets unknown logins nobody has tried for a day (called when a new one is first counted). */
export async function pruneLoginThrottle(prisma: Db): Promise<void> {
  const now = Date.now();
  await prisma.$queryRaw`
    DELETE FROM "LoginThrottle"
    WHERE "updatedAt" < ${new Date(now - UNKNOWN_LOGIN_RETENTION_MS)}
      AND ("lockedUntil" IS NULL OR "lockedUntil" < ${new Date(now)})`;
}
