// Benchmark: a lawyer's 正在报名的活动 (GET /api/events?tab=open) with 200 open events and 30,000
// lawyers in the database, 50 connections, through the built server on PostgreSQL; GET /api/health
// in the same run for the ratio. Needs BENCH_DATABASE_URL (an empty database: the server migrates
// and seeds it); without it, says so and stops.
// Run: pnpm turbo run build --filter=@lx/api && BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:event-list
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '@lx/api/db/database';
import { DEMO_LAWYERS } from '@lx/api/db/demo-data';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@lx/shared/errors';
import { initialPassword } from '@lx/shared/initial-password';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('\nEvent list: set BENCH_DATABASE_URL (an empty PostgreSQL database) to run it.');
  process.exit(0);
}
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const root = path.resolve(import.meta.dirname, '..');
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'lx-bench-events-'));
const HOUR = 3600_000;

const server = spawn(process.execPath, ['apps/api/dist/server.mjs'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    COOKIE_SECURE: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
  },
});

const cannon = (opts: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const db = await openDatabase({ url, poolSize: 4 });
  const organisation = await db.prisma.organisation.findFirstOrThrow();
  const have = await db.prisma.lawyer.count();
  for (let start = have; start < 30_000; start += 5000) {
    await db.prisma.lawyer.createMany({
      data: Array.from({ length: Math.min(5000, 30_000 - start) }, (_, j) => ({
        name: `压测律师${start + j}`,
        gender: 'MALE' as const,
        idNo: `LIST${String(start + j).padStart(14, '0')}`,
        memberNo: `LIST${start + j}`,
        practiceCategory: 'FULL_TIME' as const,
        authority: '东江市司法局',
        organisationId: organisation.id,
      })),
    });
  }
  const open = await db.prisma.event.count({ where: { title: { startsWith: '压测开放活动' } } });
  await db.prisma.event.createMany({
    data: Array.from({ length: Math.max(0, 200 - open) }, (_, i) => ({
      title: `压测开放活动${i}`,
      organiser: '东江市律师协会',
      location: '报告厅',
      startsAt: new Date(Date.now() + (100 + i) * HOUR),
      endsAt: new Date(Date.now() + (103 + i) * HOUR),
      registrationOpensAt: new Date(Date.now() - HOUR),
      registrationClosesAt: new Date(Date.now() + (50 + i) * HOUR),
      capacity: 100,
      scopePractice: ['FULL_TIME', 'PART_TIME'],
      scopeOrganisations: ['LAW_FIRM'],
      state: 'PUBLISHED' as const,
    })),
  });
  const lawyers = await db.prisma.lawyer.count();
  const events = await db.prisma.event.count({ where: { state: 'PUBLISHED' } });
  await db.close();

  // 陈建国 signs in and sets his own password, as the product asks at first sign-in.
  const lawyer = DEMO_LAWYERS[0]!;
  const csrf = 'bench-csrf';
  const headers = {
    'content-type': 'application/json',
    cookie: `${CSRF_COOKIE}=${csrf}`,
    [CSRF_HEADER]: csrf,
  };
  const signIn = async (password: string) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ login: lawyer.licenceNo, password, portal: 'member' }),
    });
  let login = await signIn('Bench-List-2026');
  if (!login.ok) {
    login = await signIn(initialPassword({ kind: 'LAWYER', idNo: lawyer.idNo }));
    const session = new RegExp(`${SESSION_COOKIE}=[^;]+`).exec(
      login.headers.get('set-cookie') ?? '',
    )?.[0];
    await fetch(`${base}/api/auth/change-password`, {
      method: 'POST',
      headers: { ...headers, cookie: `${headers.cookie}; ${session}` },
      body: JSON.stringify({
        oldPassword: initialPassword({ kind: 'LAWYER', idNo: lawyer.idNo }),
        newPassword: 'Bench-List-2026',
        confirmPassword: 'Bench-List-2026',
      }),
    });
    login = await signIn('Bench-List-2026');
  }
  const setCookie = login.headers.get('set-cookie') ?? '';
  const session = new RegExp(`${SESSION_COOKIE}=[^;]+`).exec(setCookie)?.[0];
  if (!session) throw new Error(`sign-in failed: ${login.status}`);
  const listUrl = `${base}/api/events?tab=open&pageSize=20`;
  const first = await fetch(listUrl, { headers: { cookie: session } });
  const page = (await first.json()) as { total: number };
  if (!first.ok || page.total < 200)
    throw new Error(`list answered ${first.status}, ${page.total}`);

  const health = await cannon({ url: `${base}/api/health`, connections: 50, duration });
  const list = await cannon({
    url: listUrl,
    connections: 50,
    duration,
    headers: { cookie: session },
  });
  console.log(
    `\n正在报名的活动 on PostgreSQL: ${events} published events, ${lawyers} lawyers, 50 connections, ${duration} s`,
  );
  for (const [name, r] of [
    ['GET /api/health', health],
    ['GET /api/events?tab=open (page of 20)', list],
  ] as const) {
    console.log(
      `  ${name}: ${r.requests.average.toFixed(0)} req/s · p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · non-2xx ${r.non2xx} · errors ${r.errors}`,
    );
  }
  console.log(
    `  ratio list / health: ${(list.requests.average / health.requests.average).toFixed(2)}×`,
  );
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
