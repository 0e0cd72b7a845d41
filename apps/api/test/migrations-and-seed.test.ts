import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIdNumber } from '@lx/shared/id-number';
import { PRACTICE_CATEGORIES, ORGANISATION_ROLES } from '@lx/shared/labels';
import { openDatabase, MIGRATIONS_DIR } from '../src/db/database.ts';
import { DEMO_LAWYERS, DEMO_ORGANISATIONS, DEMO_STAFF } from '../src/db/demo-data.ts';
import { seedDemoCards } from '../src/db/demo-cards.ts';
import { seedDemoDocuments } from '../src/db/demo-documents.ts';
import { seedDemoEvents } from '../src/db/demo-events.ts';
import { seedDemoTraining } from '../src/db/demo-training.ts';
import { yearWord } from '@lx/shared/training-rules';
import { complianceCounts } from '../src/modules/training/compliance-report.ts';
import { trainingSummary } from '../src/modules/training/training-records.ts';
import { findMemberDocumentPage } from '../src/modules/documents/member-documents.ts';
import { findMemberEventPage, getMemberEvent } from '../src/modules/events/member-event-list.ts';
import { seedDemoProfiles } from '../src/db/demo-profiles.ts';
import { createImagePool } from '../src/lib/image-pool.ts';
import { seedDemoData } from '../src/db/seed.ts';
import { localDiskStorage } from '../src/lib/storage.ts';
import { listMigrations } from '../src/db/migrate.ts';

describe('migrations', () => {
  it('apply once, are recorded in _prisma_migrations, and a second run applies nothing', async () => {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    try {
      const first = await db.migrate();
      const all = await listMigrations(MIGRATIONS_DIR);
      expect(first.applied).toEqual(all.map((m) => m.name));
      const second = await db.migrate();
      expect(second).toEqual({ applied: [], skipped: all.length });
      const rows = await db.prisma.$queryRaw<
        { migration_name: string; checksum: string }[]
      >`SELECT migration_name, checksum FROM "_prisma_migrations"`;
      expect(rows.map((r) => r.checksum)).toEqual(all.map((m) => m.checksum));
    } finally {
      await db.close();
    }
  });

  it('a failing migration rolls back entirely and names itself', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lx-mig-'));
    await mkdir(path.join(dir, '001_ok'));
    await writeFile(path.join(dir, '001_ok', 'migration.sql'), 'CREATE TABLE a (id int);');
    await mkdir(path.join(dir, '002_bad'));
    await writeFile(
      path.join(dir, '002_bad', 'migration.sql'),
      'CREATE TABLE b (id int); SELECT * FROM missing_table;',
    );
    const db = await openDatabase({ pgliteDir: 'memory://', migrationsDir: dir });
    try {
      await expect(db.migrate()).rejects.toThrow(/002_bad failed/);
      const tables = await db.prisma.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('a', 'b')`;
      expect(Number(tables[0]!.n)).toBe(0);
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a migration edited after it was applied', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lx-mig-'));
    await mkdir(path.join(dir, '001_ok'));
    await writeFile(path.join(dir, '001_ok', 'migration.sql'), 'CREATE TABLE a (id int);');
    const db = await openDatabase({ pgliteDir: 'memory://', migrationsDir: dir });
    try {
      await db.migrate();
      await writeFile(path.join(dir, '001_ok', 'migration.sql'), 'CREATE TABLE a (id bigint);');
      await expect(db.migrate()).rejects.toThrow(/changed after it was applied/);
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('demo data', () => {
  it('covers every practice category and organisation role, with valid ID numbers', () => {
    expect(DEMO_LAWYERS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(DEMO_LAWYERS.map((l) => l.practiceCategory))).toEqual(
      new Set(PRACTICE_CATEGORIES),
    );
    expect(new Set(DEMO_LAWYERS.map((l) => l.organisationRole))).toEqual(
      new Set(ORGANISATION_ROLES),
    );
    for (const l of DEMO_LAWYERS) expect(checkIdNumber(l.idNo), l.idNo).toBeNull();
    expect(DEMO_ORGANISATIONS.filter((o) => o.kind === 'LAW_FIRM')).toHaveLength(3);
    // Every staff role has its demo account.
    expect(new Set(DEMO_STAFF.flatMap((s) => s.roles)).size).toBe(8);
  });

  it('seeds an empty database once; a second run changes nothing', async () => {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    try {
      await db.migrate();
      expect(await seedDemoData(db.prisma)).toEqual({ seeded: true });
      const counts = async () => [
        await db.prisma.account.count(),
        await db.prisma.lawyer.count(),
        await db.prisma.organisation.count(),
      ];
      const first = await counts();
      expect(first).toEqual([
        DEMO_LAWYERS.length + DEMO_ORGANISATIONS.length + DEMO_STAFF.length,
        DEMO_LAWYERS.length,
        DEMO_ORGANISATIONS.length,
      ]);
      expect(await seedDemoData(db.prisma)).toEqual({ seeded: false });
      expect(await counts()).toEqual(first);
    } finally {
      await db.close();
    }
  });

  it('gives every demo lawyer a profile, two of them complete ones waiting for review, and those two a card and an application', async () => {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    const files = await mkdtemp(path.join(tmpdir(), 'lx-seed-'));
    const images = createImagePool({ size: 1, queueLimit: 10 });
    try {
      await db.migrate();
      await seedDemoData(db.prisma);
      await seedDemoProfiles({ prisma: db.prisma, storage: localDiskStorage(files), images });
      expect(await db.prisma.lawyerProfile.count()).toBe(DEMO_LAWYERS.length);
      const submitted = await db.prisma.lawyerProfile.findMany({
        where: { state: 'SUBMITTED' },
        include: { lawyer: true },
      });
      expect(submitted.map((p) => p.lawyer.name).sort()).toEqual(['谢宏伟', '韩冰'].sort());
      expect(submitted.every((p) => p.photoKey && p.basicConfirmedAt)).toBe(true);
      await seedDemoCards({ prisma: db.prisma, storage: localDiskStorage(files) });
      const applications = await db.prisma.cardApplication.findMany({
        include: { lawyer: true, card: true },
        orderBy: { number: 'asc' },
      });
      expect(applications.map((a) => [a.lawyer.name, a.state, a.card?.state ?? null])).toEqual([
        ['韩冰', 'COLLECTED', 'ACTIVE'],
        ['谢宏伟', 'PENDING', null],
      ]);
    } finally {
      await images.close();
      await db.close();
      await rm(files, { recursive: true, force: true });
    }
  });

  it('seeds four events: open with places, full with a waitlist, closed for leave, and one past', async () => {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    try {
      await db.migrate();
      await seedDemoData(db.prisma);
      await seedDemoEvents({ prisma: db.prisma });
      const chen = await db.prisma.lawyer.findUniqueOrThrow({
        where: { idNo: DEMO_LAWYERS[0]!.idNo },
      });
      const member = { accountId: chen.accountId!, lawyerId: chen.id, organisationId: null };
      const open = await findMemberEventPage(db.prisma, member, {
        tab: 'open',
        page: 1,
        pageSize: 20,
      });
      expect(open.items.map((e) => [e.title, e.placesLeft, e.register.open])).toEqual([
        ['新《公司法》专题讲座', 0, true],
        ['2026 年度律师执业技能培训（合同纠纷实务）', 98, true],
      ]);
      expect(open.items[0]!.waitlistLength).toBe(1);
      const mine = await findMemberEventPage(db.prisma, member, {
        tab: 'mine',
        page: 1,
        pageSize: 20,
      });
      expect(mine.items.map((e) => [e.title, e.registrations[0]!.state])).toEqual([
        ['律师职业道德与执业纪律研讨会', 'REGISTERED'],
        ['2026 年第三季度青年律师沙龙', 'ATTENDED'],
      ]);
      const closed = await getMemberEvent(db.prisma, member, mine.items[0]!.id);
      expect(closed.registrations[0]!.requestLeave).toEqual({ open: true });
      expect(await db.prisma.trainingEntry.count({ where: { lawyerId: chen.id } })).toBe(1);
    } finally {
      await db.close();
    }
  });
  it('seeds 培训记录: every demo lawyer has hours this year; all but 张丽华 and 江雨桐 met them', async () => {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    try {
      await db.migrate();
      await seedDemoData(db.prisma);
      const now = new Date('2026-11-20T04:00:00Z');
      await seedDemoTraining({ prisma: db.prisma, now });
      const lawyers = await db.prisma.lawyer.findMany({
        where: { idNo: { in: DEMO_LAWYERS.map((l) => l.idNo) } },
      });
      const summaries = await Promise.all(
        lawyers.map((l) => trainingSummary(db.prisma, 2026, l.id)),
      );
      expect(summaries.every((s) => s!.totals.total > 0)).toBe(true);
      expect(
        summaries
          .filter((s) => !s!.compliant)
          .map((s) => [s!.lawyer.name, s!.sentence])
          .sort(),
      ).toEqual([
        ['张丽华', `${yearWord(2026)}还需完成 9 学时，其中现场培训 6 学时`],
        ['江雨桐', `${yearWord(2026)}还需完成 28 学时，其中现场培训 6 学时`],
      ]);
      expect(await complianceCounts(db.prisma, 2026)).toEqual({
        lawyers: DEMO_LAWYERS.length,
        compliant: DEMO_LAWYERS.length - 2,
        behind: 2,
        share: (DEMO_LAWYERS.length - 2) / DEMO_LAWYERS.length,
      });
      const latest = await db.prisma.trainingEntry.findFirstOrThrow({ orderBy: { date: 'desc' } });
      expect(latest.date.toISOString().slice(0, 10) < '2026-11-20').toBe(true);
      expect(await db.prisma.trainingImportBatch.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
  it('seeds 我的公文: one to all lawyers, one to the legal-aid lawyers with feedback, a draft', async () => {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    try {
      await db.migrate();
      await seedDemoData(db.prisma);
      await seedDemoDocuments({ prisma: db.prisma });
      const inbox = async (index: number) => {
        const lawyer = await db.prisma.lawyer.findUniqueOrThrow({
          where: { idNo: DEMO_LAWYERS[index]!.idNo },
        });
        const page = await findMemberDocumentPage(db.prisma, lawyer.accountId!, {
          page: 1,
          pageSize: 20,
        });
        return page.items.map((d) => [d.title, d.readAt !== null, d.following]);
      };
      const annual = '关于开展2026年度律师执业年度考核工作的通知';
      const aid = '关于做好2026年度法律援助案件质量评估工作的通知';
      // 陈建国: only the one to all lawyers; the draft reaches nobody yet.
      expect(await inbox(0)).toEqual([[annual, false, false]]);
      // 孙静 (legal aid) follows the legal-aid one and has read it.
      expect(await inbox(9)).toEqual(
        expect.arrayContaining([
          [annual, false, false],
          [aid, true, true],
        ]),
      );
      const states = await db.prisma.officialDocument.findMany({ select: { state: true } });
      expect(states.map((d) => d.state).sort()).toEqual(['DRAFT', 'PUBLISHED', 'PUBLISHED']);
      expect(await db.prisma.documentFeedback.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
});
