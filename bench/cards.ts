// Benchmark: the member-card workflow through its services (no HTTP), on the embedded database, or on
// PostgreSQL when BENCH_DATABASE_URL is set. Measures an application (lock, rules, practice data,
// photo hand-over, event, audit), one officer step, a bulk step over 100 applications, and a burst of
// 20 simultaneous applications by one lawyer, of which exactly one must be made. Prints numbers.
// Run: pnpm --filter @lx/bench bench:cards   (also part of `pnpm bench`; BENCH_CARD_RUNS, default 100)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@lx/api/db/database';
import { seedDemoData } from '@lx/api/db/seed';
import { systemActor } from '@lx/api/lib/actor';
import { localDiskStorage } from '@lx/api/lib/storage';
import {
  applyForCard,
  bulkTransitionCardApplications,
  transitionCardApplication,
} from '@lx/api/modules/cards/card-applications';

const runs = Number(process.env.BENCH_CARD_RUNS ?? 100);
const files = mkdtempSync(path.join(tmpdir(), 'lx-bench-cards-'));
const storage = localDiskStorage(files);
const url = process.env.BENCH_DATABASE_URL;
const db = await openDatabase(url ? { url, poolSize: 10 } : { pgliteDir: 'memory://' });
const { prisma } = db;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

try {
  await db.migrate();
  await seedDemoData(prisma);
  const organisation = await prisma.organisation.findFirstOrThrow();
  const lawyers = await Promise.all(
    Array.from({ length: runs + 1 }, (_, i) =>
      prisma.lawyer.create({
        data: {
          name: `压测律师${i}`,
          gender: 'MALE',
          idNo: `BENCH${String(i).padStart(13, '0')}`,
          licenceNo: `9${String(i).padStart(16, '0')}`,
          memberNo: `BENCH${i}`,
          practiceCategory: 'FULL_TIME',
          authority: '东江市司法局',
          organisationId: organisation.id,
        },
      }),
    ),
  );
  // Each application takes an uploaded photo; the upload itself is measured by bench/photo.ts.
  const photo = Buffer.alloc(40_000, 1);
  const upload = async (lawyerId: string) => {
    const key = `card-applications/${lawyerId}/${crypto.randomUUID()}.jpg`;
    await storage.put(key, photo, 'image/jpeg');
    await prisma.cardPhotoUpload.upsert({
      where: { lawyerId },
      create: { lawyerId, key },
      update: { key },
    });
  };
  const input = { kind: 'FIRST', photo: 'uploaded', confirmed: true } as const;

  const applyTimes: number[] = [];
  const ids: string[] = [];
  for (const lawyer of lawyers.slice(0, runs)) {
    await upload(lawyer.id);
    const start = performance.now();
    ids.push(
      (await applyForCard({ prisma, storage, lawyerId: lawyer.id, input, actor: systemActor })).id,
    );
    applyTimes.push(performance.now() - start);
  }

  let start = performance.now();
  const moved = await bulkTransitionCardApplications({
    prisma,
    action: 'accept',
    ids,
    actor: systemActor,
  });
  const bulk = performance.now() - start;

  const stepTimes: number[] = [];
  for (const applicationId of ids) {
    start = performance.now();
    await transitionCardApplication({ prisma, applicationId, action: 'print', actor: systemActor });
    stepTimes.push(performance.now() - start);
  }

  const racer = lawyers[runs]!;
  await upload(racer.id);
  start = performance.now();
  const burst = await Promise.allSettled(
    Array.from({ length: 20 }, () =>
      applyForCard({ prisma, storage, lawyerId: racer.id, input, actor: systemActor }),
    ),
  );
  const burstMs = performance.now() - start;
  const made = burst.filter((r) => r.status === 'fulfilled').length;
  const rows = await prisma.cardApplication.count({ where: { lawyerId: racer.id } });

  const applyMedian = median(applyTimes);
  console.log(`\nmember cards (${db.kind}, ${runs} lawyers)`);
  console.log(`  apply for a card           median ${ms(applyMedian)}`);
  console.log(`  one officer step           median ${ms(median(stepTimes))}`);
  console.log(
    `  bulk step, ${moved} applications   ${ms(bulk)} (${ms(bulk / moved)} each, ${((median(stepTimes) * moved) / bulk).toFixed(1)}× faster than one by one)`,
  );
  console.log(
    `  20 simultaneous applications by one lawyer: ${made} made, ${burst.length - made} refused, ${rows} row(s), ${ms(burstMs)}`,
  );
  if (made !== 1 || rows !== 1) {
    console.error('  ✗ the one-open-application guarantee did not hold');
    process.exitCode = 1;
  }
} finally {
  await db.close();
  rmSync(files, { recursive: true, force: true });
}
