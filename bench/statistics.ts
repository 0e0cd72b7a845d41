// Benchmark: 统计分析 (issue 15) on PostgreSQL with 30,000 lawyers and a year of volume (profiles and
// their reviews, card applications and cards, certificate applications and certificates, tickets,
// events with registrations, training entries), all made set-based.
// 1. Each figure's statement, called directly: p99 of 20 runs (ms).
// 2. GET /api/admin/statistics (the default range: 12 months) through the built server, 10
//    connections; GET /api/admin/members?q=<name prefix> at 50 connections; p99 of each and the
//    ratio to GET /api/health at the same connections.
// Needs BENCH_DATABASE_URL (an empty PostgreSQL database); without it, says so and stops.
// Run: pnpm turbo run build --filter=@lx/api && BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:statistics
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@lx/api/db/database';
import { DEMO_STAFF } from '@lx/api/db/demo-data';
import {
  eventAttendance,
  issuedPerMonth,
  memberStatistics,
  openTicketAges,
  profileCompletion,
  reviewLeadTimes,
} from '@lx/api/modules/statistics/statistics-figures';
import { complianceCounts } from '@lx/api/modules/training/compliance-report';
import { defaultStatisticsRange } from '@lx/shared/statistics-schemas';
import { trainingYearOf } from '@lx/shared/training-rules';
import { cannon, signInDemo, startBuiltServer } from './built-server.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('\nStatistics: set BENCH_DATABASE_URL (an empty PostgreSQL database) to run it.');
  process.exit(0);
}
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const LAWYERS = 30_000;
const RUNS = 20;

const { base, stop } = await startBuiltServer(url);
try {
  const db = await openDatabase({ url, poolSize: 4 });
  const { prisma } = db;
  const have = await prisma.lawyer.count({ where: { idNo: { startsWith: 'STA' } } });
  if (have === 0) {
    const t0 = performance.now();
    await makeVolume(prisma);
    console.log(`\n统计分析: volume made in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const counts = await prisma.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT count(*)::int FROM "Lawyer" WHERE status = 'PRACTISING') AS lawyers,
      (SELECT count(*)::int FROM "LawyerProfile") AS profiles,
      (SELECT count(*)::int FROM "ProfileReview") AS "profileReviews",
      (SELECT count(*)::int FROM "CardApplication") AS "cardApplications",
      (SELECT count(*)::int FROM "CardApplicationEvent") AS "cardEvents",
      (SELECT count(*)::int FROM "Card") AS cards,
      (SELECT count(*)::int FROM "CertificateApplication") AS "certificateApplications",
      (SELECT count(*)::int FROM "Certificate") AS certificates,
      (SELECT count(*)::int FROM "Ticket") AS tickets,
      (SELECT count(*)::int FROM "EventRegistration") AS registrations,
      (SELECT count(*)::int FROM "TrainingEntry") AS "trainingEntries"`;
  console.log(
    `\n统计分析 on PostgreSQL: ${Object.entries(counts[0]!)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
  );

  const range = defaultStatisticsRange();
  const year = trainingYearOf(new Date());
  const figures: [string, () => Promise<unknown>][] = [
    ['members (by category, organisation kind)', () => memberStatistics(prisma)],
    ['profile completion', () => profileCompletion(prisma)],
    ['cards and certificates per month', () => issuedPerMonth(prisma, range)],
    ['review lead times (median, p90)', () => reviewLeadTimes(prisma, range)],
    ['open tickets by age', () => openTicketAges(prisma)],
    ['event registrations and attendance', () => eventAttendance(prisma, range)],
    ['training compliance share', () => complianceCounts(prisma, year)],
  ];
  console.log(`  each figure's statement, ${RUNS} runs after one warm-up (ms):`);
  for (const [name, run] of figures) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
    console.log(`    ${name}: p50 ${p(0.5).toFixed(1)} · p99 ${p(0.99).toFixed(1)}`);
  }
  await db.close();

  const admin = DEMO_STAFF.find((s) => s.roles.includes('ADMINISTRATOR'))!;
  const session = await signInDemo(base, {
    login: admin.username,
    password: admin.password,
    portal: 'admin',
  });
  const statistics = `${base}/api/admin/statistics`;
  const search = `${base}/api/admin/members?q=${encodeURIComponent('王统1')}`;
  for (const href of [statistics, search]) {
    const res = await fetch(href, { headers: { cookie: session } });
    if (!res.ok) throw new Error(`${href} answered ${res.status}`);
    if (href === search) console.log(`  name search 王统1 finds ${(await res.json()).total}`);
  }
  for (const [name, href, connections] of [
    ['GET /api/admin/statistics (12 months)', statistics, 10],
    ['GET /api/admin/members?q=王统1 (name prefix)', search, 50],
  ] as const) {
    const health = await cannon({ url: `${base}/api/health`, connections, duration });
    const r = await cannon({ url: href, connections, duration, headers: { cookie: session } });
    console.log(
      `  ${name}, ${connections} connections, ${duration} s: ${r.requests.average.toFixed(1)} req/s · ` +
        `p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · non-2xx ${r.non2xx} · errors ${r.errors} · ` +
        `GET /api/health p99 ${health.latency.p99} ms · ratio ${(r.latency.p99 / Math.max(1, health.latency.p99)).toFixed(1)}×`,
    );
  }
} finally {
  await stop();
}

/**
 * 30,000 practising lawyers over the demo organisations (every category), and a year of volume
 * around them, each table filled by one INSERT … SELECT. Times are spread over the last year.
 */
async function makeVolume(prisma: Awaited<ReturnType<typeof openDatabase>>['prisma']) {
  const year = `interval '365 days'`;
  const sql = (text: string) => prisma.$executeRawUnsafe(text);
  await sql(`
    INSERT INTO "Lawyer" (id, name, gender, "idNo", "licenceNo", "memberNo", "practiceCategory",
      authority, "organisationId", "updatedAt")
    SELECT gen_random_uuid(),
      (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + g % 10] || '统' || g,
      'MALE', 'STA' || g, '8' || lpad(g::text, 16, '0'), 'STA' || g,
      ((ARRAY['FULL_TIME','FULL_TIME','FULL_TIME','PART_TIME','COMPANY','PUBLIC','LEGAL_AID',
        'TRAINEE'])[1 + g % 8])::"PracticeCategory",
      '东江市司法局', o.ids[1 + g % array_length(o.ids, 1)], now()
    FROM generate_series(1, ${LAWYERS}) g,
      (SELECT array_agg(id ORDER BY "memberNo") AS ids FROM "Organisation") o`);
  // Profiles: 10% none, then DRAFT, SUBMITTED, APPROVED, REJECTED.
  await sql(`
    INSERT INTO "LawyerProfile" (id, "lawyerId", state, "updatedAt")
    SELECT gen_random_uuid(), l.id,
      ((ARRAY['DRAFT','SUBMITTED','APPROVED','APPROVED','APPROVED','REJECTED'])[
        1 + (substr(l."idNo", 4)::int % 6)])::"ProfileState", now()
    FROM "Lawyer" l WHERE l."idNo" LIKE 'STA%' AND substr(l."idNo", 4)::int % 10 <> 0`);
  // Reviews: each decided profile submitted once in the last year, decided 1–120 hours later.
  await sql(`
    WITH p AS (
      SELECT id, state, now() - random() * ${year} AS submitted FROM "LawyerProfile"
      WHERE state IN ('SUBMITTED', 'APPROVED', 'REJECTED'))
    INSERT INTO "ProfileReview" (id, "profileId", decision, "actorName", "createdAt")
    SELECT gen_random_uuid(), id, 'SUBMITTED', '压测', submitted FROM p
    UNION ALL
    SELECT gen_random_uuid(), id, state::text::"ProfileReviewDecision", '压测',
      submitted + (1 + random() * 119) * interval '1 hour'
    FROM p WHERE state IN ('APPROVED', 'REJECTED')`);
  // Card applications for a third of the lawyers: applied, accepted or rejected, cards made.
  await sql(`
    INSERT INTO "CardApplication" (id, "lawyerId", kind, state, data, "photoKey", "createdAt",
      "updatedAt")
    SELECT gen_random_uuid(), l.id, 'FIRST',
      (CASE WHEN random() < 0.1 THEN 'REJECTED' WHEN random() < 0.15 THEN 'PENDING'
        ELSE 'COLLECTED' END)::"CardApplicationState",
      '{}', 'bench/photo.jpg', now() - random() * ${year}, now()
    FROM "Lawyer" l WHERE l."idNo" LIKE 'STA%' AND substr(l."idNo", 4)::int % 3 = 0`);
  await sql(`
    INSERT INTO "CardApplicationEvent" (id, "applicationId", action, "fromState", "toState",
      "actorName", "createdAt")
    SELECT gen_random_uuid(), a.id, 'apply', NULL::"CardApplicationState",
      'PENDING'::"CardApplicationState", '压测', a."createdAt"
    FROM "CardApplication" a WHERE a."photoKey" = 'bench/photo.jpg'
    UNION ALL
    SELECT gen_random_uuid(), a.id, CASE a.state WHEN 'REJECTED' THEN 'reject' ELSE 'accept' END,
      'PENDING'::"CardApplicationState", CASE a.state WHEN 'REJECTED' THEN 'REJECTED'::"CardApplicationState"
        ELSE 'ACCEPTED'::"CardApplicationState" END,
      '压测', a."createdAt" + (1 + random() * 71) * interval '1 hour'
    FROM "CardApplication" a WHERE a.state <> 'PENDING' AND a."photoKey" = 'bench/photo.jpg'
    UNION ALL
    SELECT gen_random_uuid(), a.id, 'collect', 'VERIFIED'::"CardApplicationState",
      'COLLECTED'::"CardApplicationState", '压测',
      a."createdAt" + interval '10 days'
    FROM "CardApplication" a WHERE a.state = 'COLLECTED' AND a."photoKey" = 'bench/photo.jpg'`);
  await sql(`
    INSERT INTO "Card" (id, "lawyerId", "issuedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), a."lawyerId", a."createdAt" + interval '10 days',
      a."createdAt" + interval '10 days', now()
    FROM "CardApplication" a WHERE a.state = 'COLLECTED' AND a."photoKey" = 'bench/photo.jpg'`);
  // Certificates: 8,000 applications from the organisations' accounts, most approved and issued.
  await sql(`
    INSERT INTO "CertificateApplication" (id, "typeId", "accountId", state, template, applicant,
      values, lawyers, "contactEmail", "reviewedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), t.ids[1 + g % array_length(t.ids, 1)],
      a.ids[1 + g % array_length(a.ids, 1)],
      (CASE WHEN g % 10 = 0 THEN 'REJECTED' WHEN g % 10 = 1 THEN 'PENDING' ELSE 'APPROVED' END)
        ::"CertificateState",
      '{}', '{}', '{}', '[]', 'bench@example.cn',
      CASE WHEN g % 10 = 1 THEN NULL ELSE c.at + (1 + random() * 47) * interval '1 hour' END,
      c.at, now()
    FROM generate_series(1, 8000) g
      CROSS JOIN LATERAL (SELECT now() - random() * ${year} - interval '2 days' AS at) c,
      (SELECT array_agg(id) AS ids FROM "CertificateType") t,
      (SELECT array_agg("accountId") AS ids FROM "Organisation" WHERE "accountId" IS NOT NULL) a`);
  await sql(`
    INSERT INTO "Certificate" (id, number, "applicationId", "typeName", "holderName", "issuedAt",
      "expiresAt", "fileKey", sha256)
    SELECT gen_random_uuid(), 'BENCH-' || a.number, a.id, '压测证明', '压测', a."reviewedAt",
      a."reviewedAt" + interval '90 days', 'bench/' || a.id || '.pdf', 'bench-' || a.id
    FROM "CertificateApplication" a
    WHERE a.state = 'APPROVED' AND a."contactEmail" = 'bench@example.cn'`);
  // Tickets: 4,000 over the year, a tenth still open in some state.
  await sql(`
    INSERT INTO "Ticket" (id, "accountId", category, title, description, state, "createdAt",
      "updatedAt")
    SELECT gen_random_uuid(), a.ids[1 + g % array_length(a.ids, 1)], '其他', '压测工单', '压测',
      (CASE g % 20 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'IN_PROGRESS' WHEN 2 THEN 'ANSWERED'
        ELSE 'CLOSED' END)::"TicketState",
      now() - random() * ${year}, now()
    FROM generate_series(1, 4000) g,
      (SELECT array_agg("accountId") AS ids FROM "Organisation" WHERE "accountId" IS NOT NULL) a`);
  // Events: 120 over the year, 200 registrations each (24,000), most attended.
  await sql(`
    INSERT INTO "Event" (id, title, organiser, location, "startsAt", "endsAt",
      "registrationOpensAt", "registrationClosesAt", capacity, "scopePractice",
      "scopeOrganisations", state, "updatedAt")
    SELECT gen_random_uuid(), '压测活动' || g, '东江市律师协会', '会议厅', s.at,
      s.at + interval '2 hours', s.at - interval '10 days', s.at - interval '1 day', 300, '{}',
      '{}', 'FINISHED', now()
    FROM generate_series(1, 120) g
      CROSS JOIN LATERAL (SELECT now() - g * interval '3 days' AS at) s`);
  await sql(`
    WITH e AS (SELECT id, row_number() OVER (ORDER BY "startsAt") AS n FROM "Event"
        WHERE title LIKE '压测活动%'),
      l AS (SELECT id, name, row_number() OVER (ORDER BY "idNo") AS n FROM "Lawyer"
        WHERE "idNo" LIKE 'STA%'),
      a AS (SELECT (array_agg("accountId"))[1] AS id FROM "Organisation"
        WHERE "accountId" IS NOT NULL)
    INSERT INTO "EventRegistration" (id, "eventId", "accountId", "lawyerId", state, name, gender,
      workplace, mobile, email, "checkInCode", "updatedAt")
    SELECT gen_random_uuid(), e.id, a.id, l.id,
      (CASE l.n % 10 WHEN 0 THEN 'NO_SHOW' WHEN 1 THEN 'CANCELLED' WHEN 2 THEN 'ON_LEAVE'
        ELSE 'ATTENDED' END)::"RegistrationState",
      l.name, 'MALE', '压测律师事务所', '13900000000', 'bench@example.cn', l.n::text, now()
    FROM e JOIN l ON l.n % 120 = e.n - 1 AND l.n <= 24000 CROSS JOIN a`);
  // Training: two entries this year for every lawyer (6 and 20 hours, on site).
  await sql(`
    INSERT INTO "TrainingEntry" (id, "lawyerId", date, title, organiser, kind, hours, source)
    SELECT gen_random_uuid(), l.id, date_trunc('year', now())::date, '压测课程' || k,
      '东江市律师协会', 'ONSITE', CASE k WHEN 1 THEN 6 ELSE 20 END, 'MANUAL'
    FROM "Lawyer" l CROSS JOIN generate_series(1, 2) k
    WHERE l."idNo" LIKE 'STA%' AND substr(l."idNo", 4)::int % 4 <> 0`);
  await sql(`ANALYZE`);
}
