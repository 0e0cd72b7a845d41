import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../src/config.ts';
import { makeLawyer } from './support/factories.ts';
import { signedInLawyer } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CSRF_MESSAGE = '页面已过期或请求来源不可信，请刷新页面后重试';

describe('CSRF protection', () => {
  it('refuses a state-changing request without the token, with or without a session', async () => {
    const { client, account } = await signedInLawyer(t);
    const res = await client.request('PUT', '/api/account/settings', {
      body: { bio: 'x' },
      csrf: false,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'CSRF',
      message: CSRF_MESSAGE,
    });
    const anonymous = await new TestClient(t.app).request('POST', '/api/auth/login', {
      body: { login: 'a', password: 'b' },
      csrf: false,
    });
    expect(anonymous.statusCode).toBe(403);
    expect(anonymous.json()).toMatchObject({ code: 'CSRF', message: CSRF_MESSAGE });
    const row = await t.prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.bio).toBeNull();
  });

  it('refuses a token that does not match the cookie', async () => {
    const { client, account } = await signedInLawyer(t);
    await client.get('/api/auth/csrf');
    const res = await client.request('PUT', '/api/account/settings', {
      body: { bio: 'x' },
      csrf: false,
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF', message: CSRF_MESSAGE });
    const row = await t.prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.bio).toBeNull();
    const anonymous = new TestClient(t.app);
    await anonymous.get('/api/auth/csrf');
    const login = await anonymous.request('POST', '/api/auth/login', {
      body: { login: 'a', password: 'b' },
      headers: { 'x-csrf-token': 'forged' },
      csrf: false,
    });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('CSRF');
  });
});

describe('where a state-changing request comes from (Origin, Sec-Fetch-Site)', () => {
  // A valid double-submit pair, so that only the origin headers decide; a new unknown login each
  // time, so that none of them is locked out.
  let n = 0;
  async function post(headers: Record<string, string>) {
    const client = new TestClient(t.app);
    return client.request('POST', '/api/auth/login', {
      body: { login: `nobody-${++n}`, password: 'x' },
      headers,
    });
  }

  it('refuses a cross-site or same-site request even with a valid token', async () => {
    for (const headers of [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      // Sec-Fetch-Site wins where both are sent
      { 'sec-fetch-site': 'cross-site', origin: 'http://localhost:80' },
    ] as Record<string, string>[]) {
      const res = await post(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json()).toMatchObject({ code: 'CSRF' });
    }
  });

  it('lets same-origin requests through, and those without either header (curl, inject)', async () => {
    for (const headers of [
      { 'sec-fetch-site': 'same-origin' },
      { origin: 'http://localhost:80' }, // inject's Host is localhost:80
      { origin: t.config.publicBaseUrl },
      {},
    ] as Record<string, string>[]) {
      const res = await post(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(401);
    }
  });
});

describe('session cookie and caching', () => {
  it('lx_session and lx_csrf are Secure in production unless COOKIE_SECURE=false', async () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).cookieSecure).toBe(false);
    const production = await startTestApp({
      cookieSecure: loadConfig({ NODE_ENV: 'production' }).cookieSecure,
    });
    try {
      const lawyer = await makeLawyer(production.prisma);
      const client = new TestClient(production.app);
      const res = await client.login(lawyer.login, lawyer.password);
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'lx_session')).toMatchObject({
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
      });
      const csrf = await production.app.inject({ method: 'GET', url: '/api/auth/csrf' });
      expect(csrf.cookies.find((c) => c.name === 'lx_csrf')).toMatchObject({ secure: true });
    } finally {
      await production.close();
    }
  });

  it('API answers that depend on the session are not stored by browsers or proxies', async () => {
    const lawyer = await makeLawyer(t.prisma, { mustChangePassword: false });
    const client = new TestClient(t.app);
    const signIn = await client.login(lawyer.login, lawyer.password);
    expect(signIn.headers['cache-control']).toBe('no-store');
    for (const url of ['/api/auth/me', '/api/home', '/api/notifications', '/api/profile']) {
      const res = await client.get(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const anonymous = await new TestClient(t.app).get('/api/auth/me');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });
});

describe('errors', () => {
  it('malformed JSON is a 400 with a Chinese message, not a 500', async () => {
    const res = await new TestClient(t.app).request('POST', '/api/auth/login', {
      payload: '{"login": "a", ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION', message: '请求格式不正确' });
  });

  it('an oversized body is a 413 with a Chinese message', async () => {
    const res = await new TestClient(t.app).request('POST', '/api/auth/login', {
      payload: JSON.stringify({ login: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大' });
  });

  it('a wrong content type is a 415', async () => {
    const res = await new TestClient(t.app).request('POST', '/api/auth/login', {
      payload: '<login>a</login>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe('不支持的内容类型');
  });

  it('an unknown API path is a 404 in the same shape, and every error carries the request id', async () => {
    const res = await new TestClient(t.app).get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: '请求的接口不存在' });
    expect(res.json().requestId).toBe(res.headers['x-request-id']);
  });

  it('a 500 hides its cause and logs it', async () => {
    const broken = await startTestApp({}, (app) => {
      app.get('/api/test/broken', { config: { access: 'public' } }, async () => {
        throw new Error('connection string postgres://secret@db');
      });
    });
    try {
      const res = await new TestClient(broken.app).get('/api/test/broken');
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({
        code: 'INTERNAL',
        message: '服务器内部错误，请稍后再试',
        requestId: res.headers['x-request-id'],
      });
      expect(res.body).not.toContain('secret');
    } finally {
      await broken.close();
    }
  });

  it('an error from input is a 400, whichever layer found it; a real fault stays a 500', async () => {
    const probe = await startTestApp({}, (app) => {
      const route = (url: string, handler: () => Promise<unknown>) =>
        app.post(url, { config: { access: 'public' } }, handler);
      // A shared schema parsed in a service rather than by the route.
      route('/api/test/zod', async () => z.object({ step: z.number() }).parse({ step: 'x' }));
      // A date that is no date, past every schema, at Prisma.
      route('/api/test/invalid-date', async () =>
        app.prisma.auditEntry.findMany({ where: { createdAt: { gte: new Date('abc') } } }),
      );
      // A value PostgreSQL refuses (SQLSTATE 22…): a date out of its range.
      route('/api/test/refused-value', async () => app.prisma.$queryRaw`SELECT '2026-13-45'::date`);
      route('/api/test/fault', async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      });
      // A schema with a bare string: the validator's net still refuses what nobody types.
      app.post(
        '/api/test/bare',
        {
          config: { access: 'public' },
          schema: { body: z.object({ note: z.string(), extra: z.unknown().optional() }) },
        },
        async () => ({ ok: true }),
      );
    });
    try {
      const client = new TestClient(probe.app);
      const zod = await client.post('/api/test/zod');
      expect(zod.statusCode).toBe(400);
      expect(zod.json()).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { step: expect.any(String) },
      });
      for (const url of ['/api/test/invalid-date', '/api/test/refused-value']) {
        const res = await client.post(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.json()).toMatchObject({
          code: 'VALIDATION',
          message: '提交的内容中有无法保存的值，请检查后重试',
        });
      }
      const fault = await client.post('/api/test/fault');
      expect(fault.statusCode).toBe(500);
      expect(fault.json().code).toBe('INTERNAL');

      const nul = await client.post('/api/test/bare', { note: 'a\u0000b' });
      expect(nul.statusCode).toBe(400);
      expect(nul.json().fieldErrors).toEqual({ note: '含有无法识别的字符' });
      const surrogate = await client.post('/api/test/bare', {
        note: 'ok',
        extra: { k: ['\ud800'] },
      });
      expect(surrogate.json().fieldErrors).toEqual({ 'extra.k.0': '含有无法识别的字符' });
      let deep: unknown = 'x';
      for (let i = 0; i < 200; i++) deep = [deep];
      const nested = await client.post('/api/test/bare', { note: 'ok', extra: deep });
      expect(nested.statusCode).toBe(400);
      expect(nested.json().message).toBe('提交的内容嵌套层级过深');
      expect((await client.post('/api/test/bare', { note: '一\t二\n😀' })).statusCode).toBe(200);
    } finally {
      await probe.close();
    }
  });

  it('security headers are set (helmet)', async () => {
    const res = await new TestClient(t.app).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('/api/health checks the database', async () => {
    const res = await new TestClient(t.app).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('the OpenAPI document lists every API route with its schema', async () => {
    const res = await new TestClient(t.app).get('/api/openapi.json');
    const doc = res.json() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const apiRoutes = t.app
      .routeTable()
      .filter(
        (r) =>
          r.url.startsWith('/api/') &&
          !r.url.startsWith('/api/docs') &&
          r.url !== '/api/openapi.json' &&
          r.method !== 'HEAD',
      );
    for (const r of apiRoutes)
      expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url}`);
    expect(doc.paths['/api/auth/login']!.post!.requestBody).toBeTruthy();
  });
});
