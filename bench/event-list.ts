// Benchmark: a lawyer's 正在报名的活动 (GET /api/events?tab=open) with 200 open events and 30,000
// lawyers in the database, 50 connections, through the built server on PostgreSQL; GET /api/health
// in the same run for the ratio. Needs BENCH_DATABASE_URL (an empty database: the server migrates
// and seeds it); without it, says so and stops.
// Run: pnpm turbo run build --filter=@lx/api && BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:event-list
import { openDatabase } from '@lx/api/db/database';
import { cannon, signInDemoLawyer, startBuiltServer } from './built-server.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('\nEvent list: set BENCH_DATABASE_URL (an empty PostgreSQL database) to run it.');
  process.exit(0);
}
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const HOUR = 3600_000;
const { base, stop } = await startBuiltServer(url);

try {
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

  const session = await signInDemoLawyer(base);
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
  await stop();
}
