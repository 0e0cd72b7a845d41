import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@lx/shared/errors';
import { sha256 } from '../src/lib/tokens.ts';
import { signedInLawyer, signIn } from './support/sign-in.ts';
import type { TestClient } from './support/test-app.ts';
import { startTestApp, type Started } from './support/test-app.ts';

// The in-process session cache (modules/auth/session-cache.ts): reads within its TTL do not ask
// the database; anything state-changing through this process is seen by the next read.
describe('session cache', () => {
  let t: Started;
  beforeAll(async () => {
    t = await startTestApp({ sessionCacheMs: 5000 });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Revokes a session in the database only, as another API process would. */
  const revokeElsewhere = (client: TestClient) =>
    t.prisma.session.updateMany({
      where: { tokenHash: sha256(client.cookie(SESSION_COOKIE)!) },
      data: { revokedAt: new Date() },
    });

  it('a GET within the TTL does not read the session from the database', async () => {
    const me = await signedInLawyer(t);
    expect((await me.client.get('/api/auth/me')).statusCode).toBe(200);
    await revokeElsewhere(me.client);
    // Served from the cache: the revoked row was not read.
    expect((await me.client.get('/api/auth/me')).statusCode).toBe(200);
    // A state-changing request always reads the database: refused, and the cache is cleared.
    expect((await me.client.post('/api/auth/sessions/revoke-others')).statusCode).toBe(401);
    expect((await me.client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('a session logged out through this process is refused on the next GET', async () => {
    const me = await signedInLawyer(t);
    expect((await me.client.get('/api/auth/me')).statusCode).toBe(200);
    const token = me.client.cookie(SESSION_COOKIE)!;
    expect((await me.client.post('/api/auth/logout')).statusCode).toBe(204);
    const replay = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [SESSION_COOKIE]: token },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('sessions revoked by another request of this process are refused on the next GET', async () => {
    const me = await signedInLawyer(t);
    const other = await signIn(t, me);
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);
    expect((await me.client.post('/api/auth/sessions/revoke-others')).statusCode).toBe(204);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect((await me.client.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('revocation elsewhere is seen once the TTL has passed', async () => {
    const short = await startTestApp({ sessionCacheMs: 150 });
    try {
      const me = await signedInLawyer(short);
      expect((await me.client.get('/api/auth/me')).statusCode).toBe(200);
      await short.prisma.session.updateMany({
        where: { tokenHash: sha256(me.client.cookie(SESSION_COOKIE)!) },
        data: { revokedAt: new Date() },
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await me.client.get('/api/auth/me')).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });
});
