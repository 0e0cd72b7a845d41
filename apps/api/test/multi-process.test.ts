// Two API processes (src/server.ts, as deployed) on one PostgreSQL database and one S3 bucket,
// started at the same moment on an empty database. PostgreSQL only: skipped without
// TEST_DATABASE_URL (the embedded database belongs to one process).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@lx/shared/errors';
import { initialPassword } from '@lx/shared/initial-password';
import { openDatabase, type Database } from '../src/db/database.ts';
import { DEMO_LAWYERS, DEMO_ORGANISATIONS } from '../src/db/demo-data.ts';
import { messageIdOf, queueMail } from '../src/modules/mail/mail-outbox.ts';
import { startS3Server } from './support/s3.ts';
import { startSmtpServer } from './support/smtp.ts';
import { onPostgres } from './support/test-database.ts';

const apiDir = path.resolve(import.meta.dirname, '..');
const MAIL_FROM = 'noreply@lawyers-association.test';
const VERIFY_LIMIT = 4;

type Server = {
  name: string;
  base: string;
  child: ChildProcess;
  output: string[];
  exited: number | null | undefined;
  dataDir: string;
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startServer(name: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), `lx-proc-${name}-`));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    },
  });
  const server: Server = {
    name,
    base: `http://127.0.0.1:${port}`,
    child,
    output: [],
    exited: undefined,
    dataDir,
  };
  child.stdout!.setEncoding('utf8').on('data', (s: string) => server.output.push(s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => server.output.push(s));
  child.on('exit', (code) => (server.exited = code));
  return server;
}

async function waitUntilUp(server: Server, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (server.exited !== undefined)
      throw new Error(`${server.name} exited (${server.exited}):\n${server.output.join('')}`);
    try {
      if ((await fetch(`${server.base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until)
      throw new Error(`${server.name} did not start:\n${server.output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>) {
  const until = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const csrf = 'multi-process-csrf';
const headersOf = (session = '') => ({
  cookie: `${CSRF_COOKIE}=${csrf}${session ? `; ${session}` : ''}`,
  [CSRF_HEADER]: csrf,
});

/** Signs in on `base` (setting a password of its own the first time, as the product asks). */
async function signIn(base: string, login: string, password: string): Promise<string> {
  const post = (url: string, body: object, session = '') =>
    fetch(`${base}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headersOf(session) },
      body: JSON.stringify(body),
    });
  const sessionOf = (res: Response) =>
    new RegExp(`${SESSION_COOKIE}=[^;]+`).exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const chosen = 'Multi-Process-2026';
  let res = await post('/api/auth/login', { login, password, portal: 'member' });
  expect(res.status, await res.clone().text()).toBe(200);
  let session = sessionOf(res);
  const me = await fetch(`${base}/api/auth/me`, { headers: headersOf(session) });
  if (((await me.json()) as { mustChangePassword?: boolean }).mustChangePassword) {
    res = await post(
      '/api/auth/change-password',
      { oldPassword: password, newPassword: chosen, confirmPassword: chosen },
      session,
    );
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    res = await post('/api/auth/login', { login, password: chosen, portal: 'member' });
    session = sessionOf(res);
  }
  expect(session).not.toBe('');
  return session;
}

describe.skipIf(!onPostgres())('two API processes on one database and one bucket', () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let dbName: string;
  let db: Database;
  let a: Server;
  let b: Server;

  beforeAll(async () => {
    s3 = await startS3Server();
    smtp = await startSmtpServer();
    const serverUrl = process.env.TEST_DATABASE_URL!;
    dbName = `lx_multi_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    const env = {
      ...s3.env,
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'info',
      DATABASE_URL: url.toString(),
      SMTP_URL: smtp.url,
      MAIL_FROM,
      WORKER_INTERVAL_MS: '100',
      VERIFY_RATE_LIMIT_PER_MINUTE: String(VERIFY_LIMIT),
    };
    // The same moment, on an empty database: neither has migrated or seeded anything yet.
    [a, b] = await Promise.all([startServer('a', env), startServer('b', env)]);
    await Promise.all([waitUntilUp(a, 240_000), waitUntilUp(b, 240_000)]);
    db = await openDatabase({ url: url.toString(), poolSize: 2 });
  }, 300_000);

  afterAll(async () => {
    for (const server of [a, b]) {
      if (!server) continue;
      if (server.exited === undefined) {
        server.child.kill('SIGTERM');
        await new Promise((resolve) => server.child.once('exit', resolve));
      }
      await rm(server.dataDir, { recursive: true, force: true });
    }
    await db?.close();
    await smtp?.close();
    await s3?.close();
    if (dbName) {
      const cleanup = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await cleanup.end();
    }
  }, 60_000);

  it('started at the same moment on an empty database, both come up and one of them seeds', async () => {
    expect([a.exited, b.exited]).toEqual([undefined, undefined]);
    const ready = [a, b].map((server) => {
      const line = server.output
        .join('')
        .split('\n')
        .find((l) => l.includes('"database ready"'));
      return line ? (JSON.parse(line) as { seeded: boolean }).seeded : null;
    });
    expect(ready.sort()).toEqual([false, true]);
    expect(await db.prisma.association.count()).toBe(1);
    expect(await db.prisma.lawyer.count()).toBe(DEMO_LAWYERS.length);
    expect(await db.prisma.organisation.count()).toBe(DEMO_ORGANISATIONS.length);
  });

  it('a file uploaded through one is served by the other', async () => {
    const lawyer = DEMO_LAWYERS[0]!;
    const session = await signIn(
      a.base,
      lawyer.licenceNo!,
      initialPassword({ kind: 'LAWYER', idNo: lawyer.idNo }),
    );
    const pdf = Buffer.from(`%PDF-1.4\n% ${randomBytes(16).toString('hex')}\n%%EOF\n`);
    const form = new FormData();
    form.set('category', '信息有误');
    form.set('title', '执业信息有误');
    form.set('description', '见附件。');
    form.set('attachments', new Blob([pdf], { type: 'application/pdf' }), 'scan.pdf');
    const opened = await fetch(`${a.base}/api/tickets`, {
      method: 'POST',
      headers: headersOf(session),
      body: form,
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const ticket = (await opened.json()) as {
      id: string;
      messages: { attachments: { id: string }[] }[];
    };
    const url = `/api/tickets/${ticket.id}/attachments/${ticket.messages[0]!.attachments[0]!.id}`;
    const served = await fetch(`${b.base}${url}`, { headers: headersOf(session) });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('a certificate PDF made by one process is downloadable from both, signed with the one identity', async () => {
    const firm = DEMO_ORGANISATIONS[0]!;
    const session = await signIn(
      b.base,
      firm.licenceNo!,
      initialPassword({
        kind: 'ORGANISATION',
        organisationKind: firm.kind,
        licenceNo: firm.licenceNo,
      }),
    );
    // The demo certificate is issued automatically, by whichever process's worker takes the job.
    const application = await eventually('the demo certificate', async () => {
      const list = await fetch(`${b.base}/api/certificates`, { headers: headersOf(session) });
      const page = (await list.json()) as { items: { id: string; certificateNumber: string }[] };
      return page.items.find((i) => i.certificateNumber);
    });
    const pdfs = [];
    for (const server of [a, b]) {
      const res = await fetch(`${server.base}/api/certificates/${application.id}/certificate.pdf`, {
        headers: headersOf(session),
      });
      expect(res.status, server.name).toBe(200);
      pdfs.push(Buffer.from(await res.arrayBuffer()));
    }
    expect(pdfs[0]!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfs[0]!.equals(pdfs[1]!)).toBe(true);
    expect(await db.prisma.signingIdentity.count()).toBe(1);
  }, 90_000);

  it('the verification rate limit holds across both', async () => {
    const codes = [];
    for (let i = 0; i < VERIFY_LIMIT + 2; i++) {
      const server = i % 2 ? b : a;
      codes.push((await fetch(`${server.base}/api/public/certificates/ZM2026999999`)).status);
    }
    expect(codes).toEqual([...Array(VERIFY_LIMIT).fill(404), 429, 429]);
  });

  it('the outbox delivers each of 20 jobs once, both workers running (certificate attached)', async () => {
    const certificate = await db.prisma.certificate.findFirstOrThrow();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(
        await db.prisma.$transaction((tx) =>
          queueMail(tx, {
            to: `office${i}@example.cn`,
            subject: `证明 ${i}`,
            text: '附件为证明文件。',
            purpose: '测试',
            attachments: [
              {
                filename: `${certificate.number}.pdf`,
                key: certificate.fileKey,
                contentType: 'application/pdf',
              },
            ],
          }),
        ),
      );
    }
    await eventually(
      'every message marked sent',
      async () =>
        (await db.prisma.mailMessage.count({
          where: { id: { in: ids }, sentAt: { not: null } },
        })) === 20,
    );
    await new Promise((r) => setTimeout(r, 1_500)); // a second delivery would arrive by now
    const received = smtp.received.map((raw) => raw.toString('latin1'));
    for (const id of ids) {
      const messageId = messageIdOf(id, MAIL_FROM);
      const copies = received.filter((raw) => raw.includes(messageId));
      expect(copies, id).toHaveLength(1);
      expect(copies[0]).toContain(`${certificate.number}.pdf`);
    }
    expect(
      await db.prisma.job.count({
        where: { kind: 'mail.send', idempotencyKey: { in: ids.map((id) => `mail:${id}`) } },
      }),
    ).toBe(20);
    expect([a.exited, b.exited]).toEqual([undefined, undefined]);
  }, 90_000);
});
