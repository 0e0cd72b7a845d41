// Benchmark: 培训记录 (issue 14) on PostgreSQL with 30,000 lawyers.
// 1. Importing a 30,000-row .csv: the dry run (every row checked, nothing written) and the import
//    (checked again, written as one batch in one transaction), each in seconds, against a
//    hand-written baseline on the same database: one INSERT … SELECT of the same rows from unnest
//    arrays joined to the lawyers by 执业证号 (no row checks, no report, no idempotency).
// 2. The compliance report (达标报表) over the 30,000 lawyers through the built server, 10
//    connections: first page, 未达标 only, per organisation; p99, with GET /api/health for the ratio.
// Needs BENCH_DATABASE_URL (an empty PostgreSQL database); without it, says so and stops.
// Run: pnpm turbo run build --filter=@lx/api && BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:training
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@lx/api/db/database';
import { DEMO_STAFF } from '@lx/api/db/demo-data';
import { dryRunTrainingImport, runTrainingImport } from '@lx/api/modules/training/training-import';
import { formatDate } from '@lx/shared/dates';
import { cannon, signInDemo, startBuiltServer } from './built-server.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('\nTraining: set BENCH_DATABASE_URL (an empty PostgreSQL database) to run it.');
  process.exit(0);
}
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const LAWYERS = 30_000;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

const { base, stop } = await startBuiltServer(url);
const dir = mkdtempSync(path.join(tmpdir(), 'lx-bench-training-'));
try {
  const db = await openDatabase({ url, poolSize: 4 });
  const { prisma } = db;
  const organisation = await prisma.organisation.findFirstOrThrow();
  // 30,000 practising lawyers with licence numbers, set-based.
  const have = await prisma.lawyer.count({ where: { licenceNo: { startsWith: '9' } } });
  if (have < LAWYERS) {
    await prisma.$executeRaw`
      INSERT INTO "Lawyer" (id, name, gender, "idNo", "licenceNo", "memberNo", "practiceCategory",
        authority, "organisationId", "updatedAt")
      SELECT gen_random_uuid(), '压测律师' || g, 'MALE', 'TRN' || g, '9' || lpad(g::text, 16, '0'),
        'TRN' || g, 'FULL_TIME', '东江市司法局', ${organisation.id}::uuid, now()
      FROM generate_series(${have + 1}::int, ${LAWYERS}::int) g`;
  }
  const officer = DEMO_STAFF.find((s) => s.roles.includes('EVENTS_OFFICER'))!;
  const staff = await prisma.account.findFirstOrThrow({ where: { username: officer.username } });
  const actor = { accountId: staff.id, name: staff.displayName };

  // A file of one row per lawyer: a course this run has not imported before.
  const run = Date.now().toString(36);
  const day = formatDate(new Date(Date.now() - 86_400_000));
  const lines = ['执业证号,姓名,日期,课程名称,主办方,类别,学时'];
  for (let g = 1; g <= LAWYERS; g++)
    lines.push(
      `9${String(g).padStart(16, '0')},压测律师${g},${day},压测课程${run},东江市律师协会,现场培训,2`,
    );
  const csvPath = path.join(dir, 'training.csv');
  writeFileSync(csvPath, lines.join('\r\n'));
  const file = {
    path: csvPath,
    size: statSync(csvPath).size,
    type: 'text/csv' as const,
    filename: '压测培训记录.csv',
    sha256: '',
  };

  const t0 = performance.now();
  const report = await dryRunTrainingImport(prisma, file);
  const dryMs = performance.now() - t0;
  const t1 = performance.now();
  const result = await runTrainingImport(prisma, file, actor);
  const importMs = performance.now() - t1;
  const t2 = performance.now();
  const again = await dryRunTrainingImport(prisma, file);
  const againMs = performance.now() - t2;

  // The baseline: the same rows, one hand-written statement, nothing checked.
  const licences = Array.from({ length: LAWYERS }, (_, i) => `9${String(i + 1).padStart(16, '0')}`);
  const t3 = performance.now();
  await prisma.$executeRaw`
    INSERT INTO "TrainingEntry" (id, "lawyerId", date, title, organiser, kind, hours, source)
    SELECT gen_random_uuid(), l.id, ${day}::date, ${`基线课程${run}`}, '东江市律师协会', 'ONSITE', 2,
      'IMPORT'
    FROM unnest(${licences}::text[]) AS v(licence) JOIN "Lawyer" l ON l."licenceNo" = v.licence`;
  const baselineMs = performance.now() - t3;
  const lawyers = await prisma.lawyer.count({ where: { status: 'PRACTISING' } });
  await db.close();

  console.log(`\n培训记录 on PostgreSQL: ${lawyers} practising lawyers`);
  console.log(
    `  dry run of a ${LAWYERS}-row .csv: ${seconds(dryMs)} s · ${report.valid} valid, ` +
      `${report.errors.length} errors`,
  );
  console.log(
    `  import (checked again, one batch, one transaction): ${seconds(importMs)} s · ` +
      `${result.imported} written`,
  );
  console.log(
    `  the same file again (dry run): ${seconds(againMs)} s · ${again.alreadyImported} already imported, ${again.valid} to write`,
  );
  console.log(
    `  hand-written INSERT … SELECT of the same rows (nothing checked): ${seconds(baselineMs)} s · ` +
      `ratio import / hand-written time: ${(importMs / baselineMs).toFixed(1)}×`,
  );
  if (result.imported !== LAWYERS || again.valid !== 0)
    throw new Error('the import did not write each row exactly once');

  const session = await signInDemo(base, {
    login: officer.username,
    password: officer.password,
    portal: 'admin',
  });
  const year = Number(day.slice(0, 4));
  const pages = [
    ['达标报表, first page of 20', `${base}/api/admin/training/compliance?year=${year}`],
    ['未达标 only', `${base}/api/admin/training/compliance?year=${year}&status=behind`],
    ['按机构', `${base}/api/admin/training/compliance/organisations?year=${year}`],
  ] as const;
  for (const [, href] of pages) {
    const res = await fetch(href, { headers: { cookie: session } });
    if (!res.ok) throw new Error(`report answered ${res.status}`);
  }
  const health = await cannon({ url: `${base}/api/health`, connections: 10, duration });
  console.log(`  compliance report over ${lawyers} lawyers, 10 connections, ${duration} s:`);
  console.log(
    `  GET /api/health: ${health.requests.average.toFixed(0)} req/s · p99 ${health.latency.p99} ms`,
  );
  for (const [name, href] of pages) {
    const r = await cannon({ url: href, connections: 10, duration, headers: { cookie: session } });
    console.log(
      `  ${name}: ${r.requests.average.toFixed(1)} req/s · p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · ` +
        `non-2xx ${r.non2xx} · errors ${r.errors}`,
    );
  }
} finally {
  await stop();
  rmSync(dir, { recursive: true, force: true });
}
