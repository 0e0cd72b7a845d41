import { formatDate, startOfShanghaiDay } from '@lx/shared/dates';
import type { PracticeCategory } from '@lx/shared/labels';
import type { TrainingKind } from '@lx/shared/training-kinds';
import { trainingYearOf } from '@lx/shared/training-rules';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { DEMO_LAWYERS, DEMO_STAFF } from './demo-data.ts';

const DAY = 86_400_000;

/** This year's requirement per practice category (专职律师 40 学时, of which 现场培训 at least 10). */
const REQUIREMENTS: { category: PracticeCategory; totalHours: number; minOnsite?: number }[] = [
  { category: 'FULL_TIME', totalHours: 40, minOnsite: 10 },
  { category: 'PART_TIME', totalHours: 20 },
  { category: 'COMPANY', totalHours: 30 },
  { category: 'PUBLIC', totalHours: 30 },
  { category: 'LEGAL_AID', totalHours: 30 },
  { category: 'TRAINEE', totalHours: 30 },
];

const COURSES: { title: string; organiser: string; kind: TrainingKind }[] = [
  { title: '民法典合同编专题讲座', organiser: '东江市律师协会', kind: 'ONSITE' },
  { title: '刑事辩护实务研修班', organiser: '东江市律师协会刑事专业委员会', kind: 'ONSITE' },
  { title: '律师执业风险防范培训', organiser: '东江市律师协会', kind: 'OFFLINE' },
  { title: '公司合规业务实务', organiser: '广东省律师协会', kind: 'OFFLINE' },
  { title: '网络课程：电子证据的审查与运用', organiser: '全国律协网络学院', kind: 'ONLINE' },
  { title: '网络课程：律师职业道德与执业纪律', organiser: '全国律协网络学院', kind: 'ONLINE' },
];

/**
 * Hours per kind this year for each demo lawyer (by DEMO_LAWYERS index). Everyone else meets
 * their category's requirement; 张丽华 (3) and 江雨桐 (24) are behind, as the README says.
 */
const BEHIND: Record<number, Record<TrainingKind, number>> = {
  3: { ONSITE: 4, OFFLINE: 12, ONLINE: 15 },
  24: { ONSITE: 4, OFFLINE: 0, ONLINE: 8 },
};

function plan(index: number, category: PracticeCategory): Record<TrainingKind, number> {
  const behind = BEHIND[index];
  if (behind) return behind;
  const req = REQUIREMENTS.find((r) => r.category === category)!;
  const onsite = (req.minOnsite ?? 6) + (index % 3);
  const offline = 6 + (index % 4);
  return {
    ONSITE: onsite,
    OFFLINE: offline,
    ONLINE: req.totalHours - onsite - offline + (index % 5),
  };
}

/**
 * 培训记录 at first start: this year's requirements, and entries for every demo lawyer — the
 * online hours as one import batch (so 冲销批次 can be tried), the rest entered by hand, dated
 * between the start of the year and yesterday.
 */
export async function seedDemoTraining(options: { prisma: PrismaClient; now?: Date }) {
  const { prisma } = options;
  const now = options.now ?? new Date();
  const year = trainingYearOf(now);
  const start = startOfShanghaiDay(`${year}-01-01`).getTime();
  const span = Math.max(0, startOfShanghaiDay(formatDate(now)).getTime() - DAY - start);
  const dayAt = (fraction: number) =>
    new Date(`${formatDate(new Date(start + fraction * span))}T00:00:00Z`);
  const officerLogin = DEMO_STAFF.find((s) => s.roles.includes('EVENTS_OFFICER'))!.username;
  const officer = await prisma.account.findFirstOrThrow({ where: { username: officerLogin } });
  const lawyers = await prisma.lawyer.findMany({
    where: { idNo: { in: DEMO_LAWYERS.map((l) => l.idNo) } },
  });

  await prisma.trainingRequirement.createMany({
    data: REQUIREMENTS.map((r) => ({
      year,
      category: r.category,
      totalHours: r.totalHours,
      minOnsite: r.minOnsite ?? null,
      updatedById: officer.id,
    })),
  });

  const manual: Prisma.TrainingEntryCreateManyInput[] = [];
  const online: {
    lawyerId: string;
    date: Date;
    hours: number;
    course: (typeof COURSES)[number];
  }[] = [];
  for (const [index, demo] of DEMO_LAWYERS.entries()) {
    const lawyer = lawyers.find((l) => l.idNo === demo.idNo)!;
    const hours = plan(index, demo.practiceCategory);
    const courses = (kind: TrainingKind) => COURSES.filter((c) => c.kind === kind);
    for (const kind of ['ONSITE', 'OFFLINE'] as const) {
      // Two courses of each kind, the hours split between them (in half hours).
      const [first, second] = courses(kind);
      const firstHours = Math.floor(hours[kind]) / 2;
      const parts = [
        [first!, firstHours],
        [second!, hours[kind] - firstHours],
      ] as const;
      for (const [n, [course, h]] of parts.entries()) {
        if (h <= 0) continue;
        manual.push({
          lawyerId: lawyer.id,
          date: dayAt(((index * 7 + n * 31 + (kind === 'ONSITE' ? 0 : 13)) % 90) / 100 + 0.05),
          title: course.title,
          organiser: course.organiser,
          kind,
          hours: h,
          source: 'MANUAL',
          reason: '年度培训签到表录入',
          createdById: officer.id,
        });
      }
    }
    const [c1, c2] = courses('ONLINE');
    const half = Math.floor(hours.ONLINE);
    for (const [course, h, f] of [
      [c1!, Math.ceil(half / 2), 0.3],
      [c2!, hours.ONLINE - Math.ceil(half / 2), 0.6],
    ] as const) {
      if (h > 0) online.push({ lawyerId: lawyer.id, date: dayAt(f), hours: h, course });
    }
  }

  await prisma.$transaction(async (tx) => {
    await tx.trainingEntry.createMany({ data: manual });
    const batch = await tx.trainingImportBatch.create({
      data: {
        filename: `${year}年度网络课程学时（第一批）.xlsx`,
        entryCount: online.length,
        hours: online.reduce((s, o) => s + o.hours, 0),
        createdById: officer.id,
        createdByName: officer.displayName,
      },
    });
    await tx.trainingEntry.createMany({
      data: online.map((o) => ({
        lawyerId: o.lawyerId,
        date: o.date,
        title: o.course.title,
        organiser: o.course.organiser,
        kind: 'ONLINE' as const,
        hours: o.hours,
        source: 'IMPORT' as const,
        batchId: batch.id,
        createdById: officer.id,
      })),
    });
  });
}
