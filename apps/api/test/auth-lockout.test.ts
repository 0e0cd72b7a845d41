import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCKOUT_THRESHOLD } from '@lx/shared/auth-schemas';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { login } from '../src/modules/auth/login.ts';
import {
  lockIfExhausted,
  reserveAttempt,
  throttleLogin,
  type ThrottleTarget,
} from '../src/modules/auth/login-throttle.ts';
import { makeLawyer } from './support/factories.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';
import { onPostgres } from './support/test-database.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const anonymous = { accountId: null, name: '匿名', ip: '127.0.0.1' };

/** Sign-ins for one login with each password, all sent at once by one browser. */
async function burst(loginName: string, passwords: string[]) {
  const client = new TestClient(t.app);
  await client.get('/api/auth/csrf');
  return Promise.all(passwords.map((password) => client.login(loginName, password)));
}

const auditCount = (accountId: string, action: string) =>
  t.prisma.auditEntry.count({ where: { entityId: accountId, action } });

describe('lock-out under concurrency (issue 18 item 1)', () => {
  it('reserves each password check before it runs: 5 at most, then a lock that keeps the count', async () => {
    const lawyer = await makeLawyer(t.prisma);
    for (const target of [
      { kind: 'account', id: lawyer.account.id },
      throttleLogin(`nobody-${lawyer.login}`),
    ] satisfies ThrottleTarget[]) {
      const counts = [];
      for (let i = 0; i <= LOCKOUT_THRESHOLD; i++)
        counts.push(await reserveAttempt(t.prisma, target));
      expect(counts).toEqual([1, 2, 3, 4, 5, null]);
      const first = await lockIfExhausted(t.prisma, target);
      expect(first.lockedNow).toBe(true);
      expect(first.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
      expect((await lockIfExhausted(t.prisma, target)).lockedNow).toBe(false);
      expect(await reserveAttempt(t.prisma, target)).toBeNull();
    }
    // Locking does not reset the counter (a burst would get another 5); the lock's end does.
    const locked = await t.prisma.account.findUniqueOrThrow({ where: { id: lawyer.account.id } });
    expect(locked.failedLoginCount).toBe(LOCKOUT_THRESHOLD);
    await t.prisma.account.update({
      where: { id: lawyer.account.id },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect(await reserveAttempt(t.prisma, { kind: 'account', id: lawyer.account.id })).toBe(1);
    const reopened = await t.prisma.account.findUniqueOrThrow({ where: { id: lawyer.account.id } });
    expect(reopened.lockedUntil).toBeNull();
  });

  it('a right password checked before a concurrent lock does not sign in after it', async () => {
    const lawyer = await makeLawyer(t.prisma);
    // The database as this sign-in sees it; the lock lands between its check and its sign-in,
    // as when a burst of wrong passwords locks the account while argon2 runs.
    const racing = new Proxy(t.prisma, {
      get(target, prop) {
        if (prop === '$transaction') {
          return async (...args: Parameters<PrismaClient['$transaction']>) => {
            await target.account.update({
              where: { id: lawyer.account.id },
              data: { lockedUntil: new Date(Date.now() + 15 * 60_000) },
            });
            return (target.$transaction as (...a: unknown[]) => unknown)(...args);
          };
        }
        const value: unknown = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await expect(
      login({
        prisma: racing,
        input: { login: lawyer.login, password: lawyer.password, portal: 'member' },
        actor: anonymous,
        sessionTtlMs: 60_000,
      }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    expect(await t.prisma.session.count({ where: { accountId: lawyer.account.id } })).toBe(0);
    const account = await t.prisma.account.findUniqueOrThrow({ where: { id: lawyer.account.id } });
    expect(account.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('a second lock call in the same millisecond does not count as setting the lock', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const target: ThrottleTarget = { kind: 'account', id: lawyer.account.id };
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++) await reserveAttempt(t.prisma, target);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const calls = [
        await lockIfExhausted(t.prisma, target),
        await lockIfExhausted(t.prisma, target),
      ];
      expect(calls.map((c) => c.lockedNow)).toEqual([true, false]);
      expect(calls[1]!.lockedUntil).toEqual(calls[0]!.lockedUntil);
    } finally {
      vi.useRealTimers();
    }
  });

  // On the embedded database the statements run one at a time; on PostgreSQL they really overlap.
  it.runIf(onPostgres())(
    '25 wrong passwords at once: exactly 5 are checked, one lock, and the count is kept',
    async () => {
      const lawyer = await makeLawyer(t.prisma);
      const results = await burst(
        lawyer.login,
        Array.from({ length: 25 }, (_, i) => `wrong-${i}`),
      );
      expect(results.map((r) => r.statusCode).every((s) => s === 401 || s === 423)).toBe(true);
      expect(results.filter((r) => r.statusCode === 401).length).toBeLessThan(LOCKOUT_THRESHOLD);
      expect(await auditCount(lawyer.account.id, 'auth.login-failed')).toBe(LOCKOUT_THRESHOLD);
      expect(await auditCount(lawyer.account.id, 'auth.locked')).toBe(1);
      const account = await t.prisma.account.findUniqueOrThrow({
        where: { id: lawyer.account.id },
      });
      expect(account.failedLoginCount).toBe(LOCKOUT_THRESHOLD);
      expect(account.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    },
  );

  it.runIf(onPostgres())(
    '24 wrong passwords and the right one at once: at most 5 checked failures, locked, no sign-in after the lock',
    async () => {
      const lawyer = await makeLawyer(t.prisma);
      const passwords = Array.from({ length: 24 }, (_, i) => `wrong-${i}`);
      passwords.splice(20, 0, lawyer.password);
      const results = await burst(lawyer.login, passwords);
      const right = results[20]!;
      expect(await auditCount(lawyer.account.id, 'auth.login-failed')).toBeLessThanOrEqual(
        LOCKOUT_THRESHOLD,
      );
      expect(await auditCount(lawyer.account.id, 'auth.locked')).toBe(1);
      const account = await t.prisma.account.findUniqueOrThrow({
        where: { id: lawyer.account.id },
      });
      expect(account.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
      const signIns = await t.prisma.auditEntry.findMany({
        where: { entityId: lawyer.account.id, action: { in: ['auth.login', 'auth.locked'] } },
        orderBy: { createdAt: 'asc' },
      });
      if (right.statusCode === 200) {
        // Only if its check came before the lock: signed in first, locked afterwards.
        expect(signIns.map((e) => e.action)).toEqual(['auth.login', 'auth.locked']);
      } else {
        expect(right.statusCode).toBe(423);
        expect(signIns.map((e) => e.action)).toEqual(['auth.locked']);
        expect(await t.prisma.session.count({ where: { accountId: lawyer.account.id } })).toBe(0);
      }
    },
  );
});
