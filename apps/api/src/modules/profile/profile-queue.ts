import type { ProfileDetail, ProfileQueue, ProfileQueueQuery } from '@lx/shared/profile-schemas';
import { PROFILE_STATES } from '@lx/shared/profile-workflow';
import { LIST_SECTIONS, SECTION_DEFS } from '@lx/shared/profile-sections';
import { startOfShanghaiDay } from '@lx/shared/dates';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findQueuePage } from '../../lib/find-page.ts';
import { getBasicInfo } from './basic-info.ts';
import { getProfileOverview, type ProfileRow } from './profile-records.ts';
import { toSectionEntry } from './section-entries.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The reviewers' queue: filtered and paged on the server, with a count per state. */
export async function findProfileQueue(
  prisma: PrismaClient,
  query: ProfileQueueQuery,
): Promise<ProfileQueue> {
  const lawyer: Prisma.LawyerWhereInput = {
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q } },
            { licenceNo: { startsWith: query.q } },
            { memberNo: { startsWith: query.q } },
          ],
        }
      : {}),
  };
  const submittedAt: Prisma.DateTimeNullableFilter = {
    ...(query.submittedFrom ? { gte: startOfShanghaiDay(query.submittedFrom) } : {}),
    ...(query.submittedTo
      ? { lt: new Date(startOfShanghaiDay(query.submittedTo).getTime() + DAY_MS) }
      : {}),
  };
  const base: Prisma.LawyerProfileWhereInput = {
    lawyer,
    ...(query.submittedFrom || query.submittedTo ? { submittedAt } : {}),
  };
  const where = { ...base, ...(query.state ? { state: query.state } : {}) };
  const { rows, total, counts } = await findQueuePage(query, PROFILE_STATES, {
    find: (window) =>
      prisma.lawyerProfile.findMany({
        where,
        include: { lawyer: { include: { organisation: true } } },
        orderBy: [{ submittedAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        ...window,
      }),
    countByState: async () => {
      const groups = await prisma.lawyerProfile.groupBy({
        by: ['state'],
        where: base,
        _count: { _all: true },
      });
      return groups;
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      lawyerName: row.lawyer.name,
      licenceNo: row.lawyer.licenceNo,
      organisationName: row.lawyer.organisation.name,
      practiceCategory: row.lawyer.practiceCategory,
      state: row.state,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
      version: row.version,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}

export async function findProfileRow(prisma: PrismaClient, profileId: string) {
  const profile = await prisma.lawyerProfile.findUnique({ where: { id: profileId } });
  if (!profile) throw notFound('律师档案');
  return profile;
}

/** Everything a reviewer needs on one page: basic information, every section, the history. */
export async function getProfileDetail(
  prisma: PrismaClient,
  profile: ProfileRow,
): Promise<ProfileDetail> {
  const [basic, overview, entries, history] = await Promise.all([
    getBasicInfo(prisma, profile),
    getProfileOverview(prisma, profile),
    prisma.profileEntry.findMany({
      where: { profileId: profile.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    prisma.profileReview.findMany({
      where: { profileId: profile.id },
      orderBy: { createdAt: 'desc' },
    }),
  ]);
  return {
    id: profile.id,
    lawyerId: profile.lawyerId,
    basic,
    overview,
    sections: LIST_SECTIONS.map((key) => ({
      key,
      label: SECTION_DEFS[key].label,
      markedNone: profile.noneSections.includes(key),
      entries: entries.filter((e) => e.section === key).map((e) => toSectionEntry(profile, key, e)),
    })),
    history: history.map((h) => ({
      id: h.id,
      decision: h.decision,
      opinion: h.opinion,
      actorName: h.actorName,
      createdAt: h.createdAt.toISOString(),
    })),
  };
}
