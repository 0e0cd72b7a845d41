// Benchmark: 会员导入 (issue 15) on PostgreSQL: a 30,000-row .csv of new lawyers.
// The dry run (every row checked, nothing written), the import (checked again, written in one
// transaction: accounts, lawyers numbered in SQL, profiles, one audit entry) and the same file
// again, each in seconds, against a hand-written baseline on the same database: the same three
// INSERT … SELECT from generate_series with nothing checked. Also what one argon2 hash per
// imported account would add (100 hashes timed, scaled).
// Needs BENCH_DATABASE_URL (an empty PostgreSQL database); without it, says so and stops.
// Run: pnpm turbo run build --filter=@lx/api && BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:member-import
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@lx/api/db/database';
import { DEMO_STAFF } from '@lx/api/db/demo-data';
import { hashPassword } from '@lx/api/lib/passwords';
import { dryRunMemberImport, runMemberImport } from '@lx/api/modules/members/member-import';
import { computeIdCheckChar } from '@lx/shared/id-number';
import { MEMBER_IMPORT_COLUMNS } from '@lx/shared/member-import';
import { startBuiltServer } from './built-server.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('\nMember import: set BENCH_DATABASE_URL (an empty PostgreSQL database) to run it.');
  process.exit(0);
}
const ROWS = 30_000;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

// The built server migrates and seeds the database; nothing else of it is used.
const { stop } = await startBuiltServer(url);
const dir = mkdtempSync(path.join(tmpdir(), 'lx-bench-members-'));
try {
  const db = await openDatabase({ url, poolSize: 4 });
  const { prisma } = db;
  const run = Date.now().toString().slice(-6);
  const firm = await prisma.organisation.create({
    data: {
      kind: 'LAW_FIRM',
      name: `压测导入律师事务所${run}`,
      licenceNo: `28${run}${'0'.repeat(9)}`,
      memberNo: `JGB${run}`,
    },
  });
  const admin = DEMO_STAFF.find((s) => s.roles.includes('MEMBER_ADMIN'))!;
  const staff = await prisma.account.findFirstOrThrow({ where: { username: admin.username } });
  const actor = { accountId: staff.id, name: staff.displayName };

  const lines = [Object.values(MEMBER_IMPORT_COLUMNS).join(',')];
  for (let g = 1; g <= ROWS; g++) {
    // 18 characters: 6 region, 8 birth date, 3 serial: the serial and date spread g over 1e7.
    const day = new Date(Date.UTC(1960, 0, 1) + (g % 12000) * 86_400_000);
    const birth = day.toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `${String(110101 + Number(run.slice(-2)))}${birth}${String(Math.floor(g / 12000) * 100 + (g % 100)).padStart(3, '0')}`;
    const id = first17 + computeIdCheckChar(first17);
    const licence = `18${run}${String(g).padStart(9, '0')}`;
    lines.push(`压测导入${g},男,${id},${licence},专职律师,${firm.name},${firm.licenceNo},,`);
  }
  const csvPath = path.join(dir, 'members.csv');
  writeFileSync(csvPath, lines.join('\r\n'));
  const file = {
    path: csvPath,
    size: statSync(csvPath).size,
    type: 'text/csv' as const,
    filename: '压测会员.csv',
    sha256: '',
  };

  const t0 = performance.now();
  const report = await dryRunMemberImport(prisma, file);
  const dryMs = performance.now() - t0;
  const t1 = performance.now();
  const result = await runMemberImport(prisma, file, actor);
  const importMs = performance.now() - t1;
  const t2 = performance.now();
  const again = await dryRunMemberImport(prisma, file);
  const againMs = performance.now() - t2;

  // The baseline: as many accounts, lawyers and profiles, three hand-written statements.
  const t3 = performance.now();
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`
      CREATE TEMP TABLE base ON COMMIT DROP AS
      SELECT g, gen_random_uuid() AS account, gen_random_uuid() AS lawyer
      FROM generate_series(1, ${ROWS}::int) g`;
      await tx.$executeRaw`
      INSERT INTO "Account" (id, kind, "displayName", "passwordHash", "updatedAt")
      SELECT account, 'LAWYER', '基线' || g, 'x', now() FROM base`;
      await tx.$executeRaw`
      INSERT INTO "Lawyer" (id, name, gender, "idNo", "licenceNo", "memberNo", "practiceCategory",
        authority, "organisationId", "accountId", "updatedAt")
      SELECT lawyer, '基线' || g, 'MALE', 'B' || ${run} || g, '17' || ${run} || lpad(g::text, 9, '0'),
        'B' || ${run} || g, 'FULL_TIME', '', ${firm.id}::uuid, account, now() FROM base`;
      await tx.$executeRaw`
      INSERT INTO "LawyerProfile" (id, "lawyerId", "updatedAt")
      SELECT gen_random_uuid(), lawyer, now() FROM base`;
    },
    { timeout: 120_000 },
  );
  const baselineMs = performance.now() - t3;

  const h0 = performance.now();
  for (let i = 0; i < 100; i++) await hashPassword(`x${i}`);
  const hashMs = (performance.now() - h0) / 100;
  await db.close();

  console.log(`\n会员导入 on PostgreSQL: a ${ROWS}-row .csv of new lawyers`);
  console.log(
    `  dry run: ${seconds(dryMs)} s · ${report.valid} valid, ${report.errors.length} errors`,
  );
  console.log(
    `  import (checked again, one transaction): ${seconds(importMs)} s · ${result.imported} written`,
  );
  console.log(
    `  the same file again (dry run): ${seconds(againMs)} s · ${again.alreadyImported} already imported, ${again.valid} to write`,
  );
  console.log(
    `  hand-written INSERT … SELECT of as many accounts, lawyers, profiles: ${seconds(baselineMs)} s · ` +
      `ratio import / hand-written time: ${(importMs / baselineMs).toFixed(1)}×`,
  );
  console.log(
    `  one argon2 hash per account instead of the initial-password rule would add ` +
      `${seconds(hashMs * ROWS)} s (${hashMs.toFixed(1)} ms each, one at a time)`,
  );
  if (result.imported !== ROWS || again.valid !== 0)
    throw new Error('the import did not write each row exactly once');
} finally {
  await stop();
  rmSync(dir, { recursive: true, force: true });
}
