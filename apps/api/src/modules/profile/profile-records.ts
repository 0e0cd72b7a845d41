import type { ProfileOverview, SectionStatus } from '@lx/shared/profile-schemas';
import { profileEditMode, type ProfileEditMode } from '@lx/shared/profile-workflow';
import { LIST_SECTIONS, SECTION_DEFS, type ListSection } from '@lx/shared/profile-sections';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, DomainError, notFound } from '../../lib/domain-error.ts';

export type Tx = Prisma.TransactionClient;
export type ProfileRow = Prisma.LawyerProfileGetPayload<object>;

/** The lawyer behind a signed-in lawyer account. */
export async function lawyerIdOfAccount(prisma: PrismaClient | Tx, accountId: string) {
  const lawyer = await prisma.lawyer.findUnique({ where: { accountId }, select: { id: true } });
  if (!lawyer) throw notFound('律师档案');
  return lawyer.id;
}

/** The lawyer's profile, created empty the first time anyone looks at it. */
export async function ensureProfile(prisma: PrismaClient, lawyerId: string): Promise<ProfileRow> {
  const existing = await prisma.lawyerProfile.findUnique({ where: { lawyerId } });
  if (existing) return existing;
  try {
    return await prisma.lawyerProfile.create({ data: { lawyerId } });
  } catch (error) {
    // Two first requests at once: the other one created it.
    if (isUniqueViolation(error))
      return prisma.lawyerProfile.findUniqueOrThrow({ where: { lawyerId } });
    throw error;
  }
}

/** The signed-in lawyer's profile: one query on every request once the profile exists. */
export async function profileOfAccount(prisma: PrismaClient, accountId: string) {
  const profile = await prisma.lawyerProfile.findFirst({ where: { lawyer: { accountId } } });
  return profile ?? ensureProfile(prisma, await lawyerIdOfAccount(prisma, accountId));
}

/**
 * Locks the profile row for the rest of the transaction, so an edit and a submission (or two
 * edits) cannot interleave: whoever locks second sees the first one's result.
 */
export async function lockProfile(tx: Tx, profileId: string): Promise<ProfileRow> {
  await tx.$queryRaw`SELECT id FROM "LawyerProfile" WHERE id = ${profileId}::uuid FOR UPDATE`;
  const profile = await tx.lawyerProfile.findUnique({ where: { id: profileId } });
  if (!profile) throw notFound('律师档案');
  return profile;
}

const MODE_REFUSALS: Record<ProfileEditMode, string> = {
  locked: '档案正在审核中，不能修改；如需修改请先撤回信息补全申请',
  completion: '档案尚未审核通过，请在信息补全中修改',
  change: '档案已审核通过，请通过信息变更修改',
};

/** Refuses the edit unless the profile is in one of the given modes. */
export function requireEditMode(profile: ProfileRow, ...allowed: ProfileEditMode[]) {
  const mode = profileEditMode(profile.state);
  if (!allowed.includes(mode)) throw conflict(MODE_REFUSALS[mode]);
  return mode;
}

export async function sectionCounts(prisma: PrismaClient | Tx, profileId: string) {
  const groups = await prisma.profileEntry.groupBy({
    by: ['section'],
    where: { profileId },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.section as string, g._count._all]));
}

export function sectionStatus(
  profile: ProfileRow,
  section: ListSection,
  count: number,
): SectionStatus {
  if (count > 0) return 'FILLED';
  return profile.noneSections.includes(section) ? 'NONE' : 'TODO';
}

export function toOverview(profile: ProfileRow, counts: Map<string, number>): ProfileOverview {
  const sections: ProfileOverview['sections'] = [
    {
      key: 'BASIC',
      label: '基本信息',
      status: profile.basicConfirmedAt ? 'FILLED' : 'TODO',
      count: profile.basicConfirmedAt ? 1 : 0,
    },
    ...LIST_SECTIONS.map((key) => {
      const count = counts.get(key) ?? 0;
      return {
        key,
        label: SECTION_DEFS[key].label,
        status: sectionStatus(profile, key, count),
        count,
      };
    }),
  ];
  return {
    state: profile.state,
    version: profile.version,
    editMode: profileEditMode(profile.state),
    sections,
    complete: sections.every((s) => s.status !== 'TODO'),
    review: {
      submittedAt: profile.submittedAt?.toISOString() ?? null,
      reviewedAt: profile.reviewedAt?.toISOString() ?? null,
      opinion: profile.reviewOpinion,
    },
    approvedAt: profile.approvedAt?.toISOString() ?? null,
  };
}

export async function getProfileOverview(prisma: PrismaClient | Tx, profile: ProfileRow) {
  return toOverview(profile, await sectionCounts(prisma, profile.id));
}

export const incomplete = (missing: string[]) =>
  new DomainError('CONFLICT', `信息尚未补全，不能提交审核：${missing.join('、')}`);
