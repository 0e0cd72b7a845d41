// Benchmark: 我的公文 (issue 13) on PostgreSQL with 30,000 lawyers.
// 1. Publishing one document to 全部律师: the service's publish (state, recipients resolved in one
//    set-based statement, counts, audit) against a hand-written INSERT … SELECT of the same
//    recipients on the same database; a warm-up, then the median of 3 of each, interleaved.
//    Goal: under 1 s.
// 2. The inbox (GET /api/documents) of a lawyer with 2,000 documents, through the built server, 50
//    connections: p99, with GET /api/health in the same run for the ratio.
// Needs BENCH_DATABASE_URL (an empty PostgreSQL database); without it, says so and stops.
// Run: pnpm turbo run build --filter=@lx/api && BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:documents
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@lx/api/db/database';
import { DEMO_LAWYERS, DEMO_STAFF } from '@lx/api/db/demo-data';
import { createDocument, publishDocument } from '@lx/api/modules/documents/document-management';
import { cannon, signInDemoLawyer, startBuiltServer } from './built-server.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('\nDocuments: set BENCH_DATABASE_URL (an empty PostgreSQL database) to run it.');
  process.exit(0);
}
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const LAWYERS = 30_000;
const INBOX = 2_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { base, stop } = await startBuiltServer(url);
try {
  const db = await openDatabase({ url, poolSize: 4 });
  const { prisma } = db;
  const organisation = await prisma.organisation.findFirstOrThrow();
  // 30,000 practising lawyers with accounts, set-based.
  const have = await prisma.lawyer.count({ where: { accountId: { not: null } } });
  if (have < LAWYERS) {
    await prisma.$executeRaw`
      WITH a AS (
        INSERT INTO "Account" (id, kind, "displayName", "passwordHash", mobile, "updatedAt")
        SELECT gen_random_uuid(), 'LAWYER', '压测律师' || g, 'bench-unused',
          '139' || lpad(g::text, 8, '0'), now()
        FROM generate_series(1, ${LAWYERS - have}) g
        RETURNING id, "displayName"
      )
      INSERT INTO "Lawyer" (id, name, gender, "idNo", "memberNo", "practiceCategory", authority,
        "organisationId", "accountId", "updatedAt")
      SELECT gen_random_uuid(), a."displayName", 'MALE', 'DOC' || a.id, 'DOC' || a.id,
        'FULL_TIME', '东江市司法局', ${organisation.id}::uuid, a.id, now()
      FROM a`;
  }
  const lawyers = await prisma.lawyer.count({
    where: { accountId: { not: null }, status: 'PRACTISING' },
  });
  const clerk = await prisma.account.findFirstOrThrow({
    where: { username: DEMO_STAFF.find((s) => s.roles.includes('DOCUMENTS_CLERK'))!.username },
  });
  const actor = { accountId: clerk.id, name: clerk.displayName };
  let n = 0;
  const draft = () =>
    createDocument({
      prisma,
      actor,
      input: {
        number: `压测〔${Date.now()}〕${++n}号`,
        issuer: '东江市律师协会',
        issuedOn: '2026-11-20',
        receivedOn: '2026-11-21',
        secrecy: 'PUBLIC',
        title: `压测公文${n}`,
        body: '正文',
        circulation: [{ kind: 'ALL_LAWYERS' }],
      },
    });

  const platform: number[] = [];
  const baseline: number[] = [];
  let reached = 0;
  for (let round = 0; round <= 3; round++) {
    const doc = await draft();
    const t0 = performance.now();
    const published = await publishDocument({
      prisma,
      actor,
      documentId: doc.id,
      version: doc.version,
    });
    const ms = performance.now() - t0;
    reached = published.recipientCount;
    // The baseline: the same recipients in one hand-written statement, no rules around it.
    const other = await draft();
    const t1 = performance.now();
    await prisma.$executeRaw`
      INSERT INTO "DocumentRecipient" ("documentId", "accountId", "targetId", "createdAt")
      SELECT ${other.id}::uuid, l."accountId", t.id, now()
      FROM "CirculationTarget" t, "Lawyer" l
      WHERE t."documentId" = ${other.id}::uuid AND l."accountId" IS NOT NULL
        AND l.status = 'PRACTISING'`;
    const baseMs = performance.now() - t1;
    if (round > 0) {
      platform.push(ms);
      baseline.push(baseMs);
    }
  }
  console.log(`\n我的公文 on PostgreSQL: ${lawyers} practising lawyers with accounts`);
  console.log(
    `  publish to 全部律师 (${reached} recipients): median ${median(platform).toFixed(0)} ms ` +
      `(runs ${platform.map((x) => x.toFixed(0)).join(', ')}) · goal < 1000 ms`,
  );
  console.log(
    `  hand-written INSERT … SELECT of the same recipients: median ${median(baseline).toFixed(0)} ms · ` +
      `ratio platform / hand-written time: ${(median(platform) / median(baseline)).toFixed(2)}×`,
  );

  // 2,000 documents circulated to 陈建国, set-based (their recipients are him alone).
  const chen = await prisma.lawyer.findUniqueOrThrow({ where: { idNo: DEMO_LAWYERS[0]!.idNo } });
  const inbox = await prisma.documentRecipient.count({ where: { accountId: chen.accountId! } });
  if (inbox < INBOX) {
    await prisma.$executeRaw`
      WITH d AS (
        INSERT INTO "OfficialDocument" (id, number, issuer, "issuedOn", "receivedOn", secrecy,
          title, "subjectWords", body, state, "publishedAt", "recipientCount", "updatedAt")
        SELECT gen_random_uuid(), '收文压测' || g || '-' || ${Date.now()}, '东江市律师协会',
          date '2026-01-01' + (g % 300), date '2026-01-01' + (g % 300), 'INTERNAL',
          '压测收文' || g, '压测', '正文', 'PUBLISHED', now() - g * interval '1 minute', 1, now()
        FROM generate_series(1, ${INBOX - inbox}) g
        RETURNING id, "publishedAt"
      ), t AS (
        INSERT INTO "CirculationTarget" (id, "documentId", position, kind, "accountId", label)
        SELECT gen_random_uuid(), d.id, 0, 'MEMBER', ${chen.accountId}::uuid, '陈建国' FROM d
        RETURNING id, "documentId"
      )
      INSERT INTO "DocumentRecipient" ("documentId", "accountId", "targetId", "readAt", "createdAt")
      SELECT t."documentId", ${chen.accountId}::uuid, t.id,
        CASE WHEN random() < 0.5 THEN now() END, d."publishedAt"
      FROM t JOIN d ON d.id = t."documentId"`;
  }
  const total = await prisma.documentRecipient.count({ where: { accountId: chen.accountId! } });
  await db.close();

  const session = await signInDemoLawyer(base);
  const pages = [
    ['GET /api/documents (first page of 20)', `${base}/api/documents?pageSize=20`],
    [
      'GET /api/documents?read=unread&q=压测',
      `${base}/api/documents?read=unread&q=${encodeURIComponent('压测')}`,
    ],
  ] as const;
  for (const [, href] of pages) {
    const res = await fetch(href, { headers: { cookie: session } });
    if (!res.ok) throw new Error(`inbox answered ${res.status}`);
  }
  const health = await cannon({ url: `${base}/api/health`, connections: 50, duration });
  console.log(`  inbox of a lawyer with ${total} documents, 50 connections, ${duration} s:`);
  console.log(
    `  GET /api/health: ${health.requests.average.toFixed(0)} req/s · p99 ${health.latency.p99} ms`,
  );
  for (const [name, href] of pages) {
    const r = await cannon({ url: href, connections: 50, duration, headers: { cookie: session } });
    console.log(
      `  ${name}: ${r.requests.average.toFixed(0)} req/s · p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · ` +
        `non-2xx ${r.non2xx} · errors ${r.errors} · ratio to health ${(r.requests.average / health.requests.average).toFixed(2)}×`,
    );
  }
} finally {
  await stop();
}
