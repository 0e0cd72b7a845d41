import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER } from '@lx/shared/errors';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { syncStaffRoles } from '../../src/db/seed.ts';
import { openTestDatabase } from './test-database.ts';
import { seedCertificateTypes } from '../../src/modules/certificates/certificate-types.ts';
import { mailerOf } from '../../src/modules/mail/mail-outbox.ts';
import { jobHandlers } from '../../src/modules/outbox/job-handlers.ts';
import { outboxSmsProvider } from '../../src/modules/outbox/sms-provider.ts';

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

/** The whole application on a fresh database and a temporary data directory. */
export async function startTestApp(
  overrides: Partial<Config> = {},
  beforeReady?: (app: TestApp) => void,
) {
  const db = await openTestDatabase({
    ...(overrides.databasePoolSize ? { poolSize: overrides.databasePoolSize } : {}),
    ...(overrides.databasePoolWaitMs ? { poolWaitMs: overrides.databasePoolWaitMs } : {}),
  });
  await syncStaffRoles(db.prisma);
  await seedCertificateTypes(db.prisma);
  await db.prisma.association.create({
    data: {
      name: '测试市律师协会',
      shortName: '测试律协',
      address: '测试路 1 号',
      supportPhone: '020-12345678',
      supportEmail: 'help@example.cn',
    },
  });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lx-test-'));
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    {
      dataDir,
      loginRateLimitPerMinute: 10_000,
      rateLimitPerMinute: 100_000,
      ...overrides,
    },
  );
  const app = await buildApp(config, db);
  beforeReady?.(app);
  await app.ready();
  return {
    app,
    db,
    prisma: db.prisma,
    dataDir,
    config,
    /** The worker's handlers as the server wires them (mail as .eml files under dataDir). */
    jobHandlers: jobHandlers({
      prisma: db.prisma,
      sms: outboxSmsProvider(),
      storage: app.storage,
      mailer: mailerOf(config),
      issuer: app.certificateIssuer,
    }),
    async close() {
      await app.close();
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** A browser-like client: keeps cookies, sends the CSRF header on state-changing requests. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(
    private readonly app: TestApp,
    private readonly ip = '127.0.0.1',
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies as {
      name: string;
      value: string;
      expires?: Date;
      maxAge?: number;
    }[]) {
      const expired =
        (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0 || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async request(
    method: Method,
    url: string,
    options: {
      body?: unknown;
      payload?: string | Buffer;
      headers?: Record<string, string>;
      csrf?: boolean;
    } = {},
  ) {
    if (method !== 'GET' && options.csrf !== false && !this.cookies.has(CSRF_COOKIE)) {
      this.remember(
        await this.app.inject({ method: 'GET', url: '/api/auth/csrf', remoteAddress: this.ip }),
      );
    }
    const headers: Record<string, string> = { ...options.headers };
    if (method !== 'GET' && options.csrf !== false)
      headers[CSRF_HEADER] = this.cookies.get(CSRF_COOKIE) ?? '';
    const res = await this.app.inject({
      method,
      url,
      headers,
      cookies: Object.fromEntries(this.cookies),
      remoteAddress: this.ip,
      ...(options.payload !== undefined
        ? { payload: options.payload }
        : options.body !== undefined
          ? { payload: options.body as object }
          : {}),
    });
    this.remember(res);
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, { body: body ?? {} });
  put = (url: string, body?: unknown) => this.request('PUT', url, { body: body ?? {} });
  delete = (url: string) => this.request('DELETE', url);

  async login(login: string, password: string, portal: 'member' | 'admin' = 'member') {
    return this.post('/api/auth/login', { login, password, portal });
  }
}

export type Started = Awaited<ReturnType<typeof startTestApp>>;
export type { Database };
