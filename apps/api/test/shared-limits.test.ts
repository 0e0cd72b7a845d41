// What several API processes on one database must agree on: rate limits, the one-SMS-a-minute
// rule for reset codes, and the signing identity. Two applications on one database stand in for
// two processes here (on PostgreSQL with TEST_DATABASE_URL the races are real ones);
// multi-process.test.ts starts real processes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { loadSigningIdentity } from '../src/lib/signing.ts';
import { sendPasswordResetCode } from '../src/modules/auth/reset-password.ts';
import { makeLawyer } from './support/factories.ts';
import { startTestApp, TestClient, type Started, type TestApp } from './support/test-app.ts';

let t: Started;
const others: { app: TestApp; dir: string }[] = [];
beforeAll(async () => {
  t = await startTestApp({ verifyRateLimitPerMinute: 3 });
});
afterAll(async () => {
  for (const o of others) {
    await o.app.close();
    await rm(o.dir, { recursive: true, force: true });
  }
  await t?.close();
});

/** Another application on the same database, as a second process would be. */
async function secondApp(overrides: Partial<Config> = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'lx-second-'));
  const app = await buildApp({ ...t.config, dataDir: dir, ...overrides }, t.db);
  await app.ready();
  others.push({ app, dir });
  return app;
}

const lookUp = (app: TestApp, ip: string) =>
  new TestClient(app, ip).get('/api/public/certificates/ZM2026999999').then((r) => r.statusCode);

describe('rate limits', () => {
  it('the verification limit holds across two processes on one database', async () => {
    const other = await secondApp();
    const codes = [];
    for (const app of [t.app, other, t.app, other]) codes.push(await lookUp(app, '10.1.1.1'));
    expect(codes).toEqual([404, 404, 404, 429]);
    // …per address: another one still gets answers, on either process
    expect(await lookUp(other, '10.1.1.2')).toBe(404);
    // and the window ends: a new one starts with the next request
    await t.prisma.rateLimitCounter.updateMany({
      data: { windowEndsAt: new Date(Date.now() - 1) },
    });
    expect(await lookUp(other, '10.1.1.1')).toBe(404);
  });

  it('counted in each process instead (RATE_LIMIT_STORE=memory), two processes allow twice the limit', async () => {
    const [a, b] = [
      await secondApp({ rateLimitStore: 'memory' }),
      await secondApp({ rateLimitStore: 'memory' }),
    ];
    const codes = [];
    for (const app of [a, b, a, b, a, b]) codes.push(await lookUp(app, '10.1.1.3'));
    expect(codes).toEqual([404, 404, 404, 404, 404, 404]);
  });

  it('the global limit: shared with RATE_LIMIT_STORE=database, per process by default (routes)', async () => {
    const me = (app: TestApp, ip: string) =>
      new TestClient(app, ip).get('/api/help/contacts').then((r) => r.statusCode);
    const shared = [
      await secondApp({ rateLimitPerMinute: 3, rateLimitStore: 'database' }),
      await secondApp({ rateLimitPerMinute: 3, rateLimitStore: 'database' }),
    ];
    const codes = [];
    for (const app of [...shared, ...shared]) codes.push(await me(app, '10.1.2.1'));
    expect(codes).toEqual([200, 200, 200, 429]);
    const own = [
      await secondApp({ rateLimitPerMinute: 3, rateLimitStore: 'routes' }),
      await secondApp({ rateLimitPerMinute: 3, rateLimitStore: 'routes' }),
    ];
    codes.length = 0;
    for (const app of [...own, ...own, ...own, ...own]) codes.push(await me(app, '10.1.2.2'));
    expect(codes).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });

  it('simultaneous requests are each counted once', async () => {
    const other = await secondApp();
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => lookUp(i % 2 ? other : t.app, '10.1.1.4')),
    );
    expect(codes.filter((c) => c === 404)).toHaveLength(3);
    expect(codes.filter((c) => c === 429)).toHaveLength(5);
  });
});

describe('password reset codes', () => {
  it('six simultaneous requests for one account send exactly one SMS', async () => {
    const lawyer = await makeLawyer(t.prisma);
    await Promise.all(
      Array.from({ length: 6 }, () =>
        sendPasswordResetCode({
          prisma: t.prisma,
          login: lawyer.login,
          actor: { accountId: null, name: '匿名' },
        }),
      ),
    );
    expect(await t.prisma.smsMessage.count({ where: { accountId: lawyer.account.id } })).toBe(1);
    expect(
      await t.prisma.passwordResetCode.count({ where: { accountId: lawyer.account.id } }),
    ).toBe(1);
    // A minute later (the window ended), another code may be sent.
    await t.prisma.rateLimitCounter.updateMany({
      where: { key: { startsWith: 'password-reset-sms:' } },
      data: { windowEndsAt: new Date(Date.now() - 1) },
    });
    await sendPasswordResetCode({
      prisma: t.prisma,
      login: lawyer.login,
      actor: { accountId: null, name: '匿名' },
    });
    expect(await t.prisma.smsMessage.count({ where: { accountId: lawyer.account.id } })).toBe(2);
  });
});

describe('signing identity', () => {
  it('made once per database: processes starting at once all sign with the same key', async () => {
    const dirs = await Promise.all([1, 2, 3].map(() => mkdtemp(path.join(tmpdir(), 'lx-sig-'))));
    try {
      const identities = await Promise.all(
        dirs.map((dataDir) =>
          loadSigningIdentity({ prisma: t.prisma, dataDir, commonName: 'Test Signer' }),
        ),
      );
      expect(await t.prisma.signingIdentity.count()).toBe(1);
      for (const identity of identities) {
        expect(identity.p12.equals(identities[0]!.p12)).toBe(true);
        expect(identity.passphrase).toBe(identities[0]!.passphrase);
      }
    } finally {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    }
  });
});
