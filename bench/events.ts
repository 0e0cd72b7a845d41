// Benchmark: the registration rush (issue 12). 2,000 lawyers register at once for an event of 100
// places through the service (no HTTP), on PostgreSQL when BENCH_DATABASE_URL is set (else the
// embedded database, where statements run one at a time and no ratio is printed). Checks that
// exactly 100 are registered and nothing fails, and prints registrations per second, p50/p99 and the
// ratio to a hand-written baseline on the same database: a loop over `pg` of one conditional
// `INSERT … SELECT … WHERE (SELECT count(*) …) < capacity` per lawyer. A warm-up round of each,
// then BENCH_ROUNDS (default 3) interleaved rounds; medians. Goal: ratio ≥ 0.5.
// Run: BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:events
//      (BENCH_RUSH, default 2000; BENCH_PLACES, default 100)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '@lx/api/db/database';
import { seedDemoData } from '@lx/api/db/seed';
import { hashPassword } from '@lx/api/lib/passwords';
import { localDiskStorage } from '@lx/api/lib/storage';
import { registerForEvent } from '@lx/api/modules/events/event-registrations';

const rush = Number(process.env.BENCH_RUSH ?? 2000);
const places = Number(process.env.BENCH_PLACES ?? 100);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const url = process.env.BENCH_DATABASE_URL;
const files = mkdtempSync(path.join(tmpdir(), 'lx-bench-events-'));
const db = await openDatabase(url ? { url, poolSize: 10 } : { pgliteDir: 'memory://' });
const { prisma } = db;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const HOUR = 3600_000;

async function newEvent(title: string) {
  return prisma.event.create({
    data: {
      title,
      organiser: '东江市律师协会',
      location: '报告厅',
      startsAt: new Date(Date.now() + 48 * HOUR),
      endsAt: new Date(Date.now() + 50 * HOUR),
      registrationOpensAt: new Date(Date.now() - HOUR),
      registrationClosesAt: new Date(Date.now() + 24 * HOUR),
      capacity: places,
      scopePractice: ['FULL_TIME'],
      scopeOrganisations: [],
      state: 'PUBLISHED',
    },
  });
}

try {
  await db.migrate();
  await seedDemoData(prisma);
  const organisation = await prisma.organisation.findFirstOrThrow();
  const passwordHash = await hashPassword('bench-unused');
  // A database given by URL may hold an earlier run's lawyers.
  const run = Date.now().toString(36).toUpperCase();
  const accounts = await prisma.account.createManyAndReturn({
    data: Array.from({ length: rush }, (_, i) => ({
      kind: 'LAWYER' as const,
      displayName: `压测律师${i}`,
      passwordHash,
    })),
  });
  const lawyers = await prisma.lawyer.createManyAndReturn({
    data: accounts.map((account, i) => ({
      name: `压测律师${i}`,
      gender: 'MALE' as const,
      idNo: `R${run}${String(i).padStart(6, '0')}`,
      memberNo: `R${run}${i}`,
      practiceCategory: 'FULL_TIME' as const,
      authority: '东江市司法局',
      organisationId: organisation.id,
      accountId: account.id,
    })),
  });
  const input = {
    name: '压测律师',
    gender: 'MALE' as const,
    workplace: organisation.name,
    mobile: '13800000000',
    email: 'bench@example.cn',
  };

  /** The platform: every lawyer at once, through the service. */
  async function platformRush() {
    const event = await newEvent('压测活动');
    const latencies: number[] = [];
    const failures = new Map<string, number>();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const states = await Promise.all(
      lawyers.map(async (lawyer) => {
        const t0 = performance.now();
        try {
          const r = await registerForEvent({
            prisma,
            storage: localDiskStorage(files),
            member: { accountId: lawyer.accountId!, lawyerId: lawyer.id, organisationId: null },
            eventId: event.id,
            input,
            files: [],
            actor: { accountId: lawyer.accountId, name: lawyer.name },
          });
          return r.state;
        } catch (error) {
          const code = (error as { code?: string }).code ?? 'ERROR';
          failures.set(code, (failures.get(code) ?? 0) + 1);
          return 'FAILED';
        } finally {
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const rate = rush / ((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpu);
    const registered = await prisma.eventRegistration.count({
      where: { eventId: event.id, state: 'REGISTERED' },
    });
    const { placesTaken } = await prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    if (registered !== places || placesTaken !== places)
      throw new Error(`expected exactly ${places} registered, got ${registered} (${placesTaken})`);
    return {
      rate,
      cpuMs: (used.user + used.system) / 1000 / rush,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      registered,
      waitlisted: states.filter((s) => s === 'WAITLISTED').length,
      failed: [...failures].map(([c, n]) => `${c}×${n}`).join(', ') || '0',
    };
  }

  /** The baseline: one connection, one conditional insert per lawyer, no rules beyond the count. */
  async function baselineLoop(client: pg.Client) {
    const event = await newEvent('压测基线');
    const t0 = performance.now();
    for (const [i, lawyer] of lawyers.entries()) {
      await client.query(
        `INSERT INTO "EventRegistration" (id, "eventId", "accountId", "lawyerId", state, name, gender,
           workplace, mobile, email, "checkInCode", "updatedAt")
         SELECT gen_random_uuid(), $1, $2, $3, 'REGISTERED', $4, 'MALE', $5, $6, $7, $8, now()
         WHERE (SELECT count(*) FROM "EventRegistration" WHERE "eventId" = $1 AND state = 'REGISTERED') < $9`,
        [
          event.id,
          lawyer.accountId,
          lawyer.id,
          input.name,
          input.workplace,
          input.mobile,
          input.email,
          String(i).padStart(6, '0'),
          places,
        ],
      );
    }
    return rush / ((performance.now() - t0) / 1000);
  }

  console.log(
    `\nEvent registration rush: ${rush} lawyers at once for ${places} places (${url ? 'PostgreSQL' : 'embedded PGlite'})`,
  );
  const client = url ? new pg.Client({ connectionString: url }) : null;
  await client?.connect();
  // One warm-up round of each (JIT, caches, the pool's connections), then interleaved rounds.
  await platformRush();
  if (client) await baselineLoop(client);
  const platform: Awaited<ReturnType<typeof platformRush>>[] = [];
  const baseline: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const p = await platformRush();
    platform.push(p);
    console.log(
      `  round ${round} platform: ${p.rate.toFixed(0)} registrations/s · ${p.cpuMs.toFixed(2)} ms of API CPU each · ` +
        `p50 ${p.p50.toFixed(0)} ms · p99 ${p.p99.toFixed(0)} ms · registered ${p.registered} · ` +
        `waitlisted ${p.waitlisted} · failed ${p.failed}`,
    );
    if (client) {
      baseline.push(await baselineLoop(client));
      console.log(
        `  round ${round} hand-written pg loop: ${baseline.at(-1)!.toFixed(0)} registrations/s`,
      );
    }
  }
  await client?.end();
  const median = (xs: number[]) => quantile(xs, 0.5);
  const platformRate = median(platform.map((p) => p.rate));
  console.log(`  median platform: ${platformRate.toFixed(0)} registrations/s`);
  if (client) {
    const baselineRate = median(baseline);
    console.log(
      `  median hand-written pg loop: ${baselineRate.toFixed(0)} registrations/s\n` +
        `  ratio platform / hand-written: ${(platformRate / baselineRate).toFixed(2)}× (goal ≥ 0.5×)`,
    );
  } else {
    console.log(
      '  (set BENCH_DATABASE_URL for the ratio against a hand-written loop on PostgreSQL)',
    );
  }
} finally {
  await db.close();
  rmSync(files, { recursive: true, force: true });
}
