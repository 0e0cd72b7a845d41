import type { ProfileDetail, ProfileQueue, ProfileQueueQuery } from '@lx/shared/profile-schemas';
import { PROFILE_STATES } from '@lx/shared/profile-workflow';
import { LIST_SECTIONS, SECTION_DEFS } from '@lx/shared/profile-sections';
import { startOfShanghaiDay } from '@lx/shared/dates';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql, sqlFragment } from '../../db/direct-sql.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findQueuePage, type StateCount } from '../../lib/find-page.ts';
import { getBasicInfo } from './basic-info.ts';
import { getProfileOverview, type ProfileRow } from './profile-records.ts';
import { toSectionEntry } from './section-entries.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

type Item = ProfileQueue['items'][number];
type QueueRow = {
  id: string;
  lawyerName: string;
  licenceNo: string | null;
  organisationName: string;
  practiceCategory: Item['practiceCategory'];
  state: Item['state'];
  submittedAt: Date | null;
  reviewedAt: Date | null;
  version: number;
};

/**
 * The reviewers' queue: filtered and paged on the server, with a count per state. Two statements
 * on the direct lane, in parallel: the page as a deferred join (the profiles' ids and sort keys
 * with the filters, ORDER BY + LIMIT/OFFSET on the `("submittedAt", id)` index, then the page's
 * lawyers and firms), and one `GROUP BY state` over the same filters but the state (the tabs).
 * Through Prisma it was three statements of the query compiler. The filters are the same text in
 * both; a lawyer filter joins the lawyer only when one is given.
 */
export async function findProfileQueue(
  prisma: PrismaClient,
  query: ProfileQueueQuery,
): Promise<ProfileQueue> {
  const sql = directSql(prisma);
  const org = query.organisationId ?? null;
  const q = query.q || null;
  // As Prisma's contains/startsWith: LIKE with the text as given (% and _ stay wildcards).
  const contains = q && `%${q}%`;
  const prefix = q && `${q}%`;
  const byLawyer = org !== null || q !== null;
  const from = query.submittedFrom ? startOfShanghaiDay(query.submittedFrom) : null;
  const to = query.submittedTo
    ? new Date(startOfShanghaiDay(query.submittedTo).getTime() + DAY_MS)
    : null;
  const filters = sqlFragment`
    (${from}::timestamptz IS NULL OR p."submittedAt" >= ${from}::timestamptz)
      AND (${to}::timestamptz IS NULL OR p."submittedAt" < ${to}::timestamptz)
      AND (NOT ${byLawyer}::boolean OR EXISTS (SELECT 1 FROM "Lawyer" l WHERE l.id = p."lawyerId"
        AND (${org}::uuid IS NULL OR l."organisationId" = ${org}::uuid)
        AND (${q}::text IS NULL OR l.name LIKE ${contains} OR l."licenceNo" LIKE ${prefix}
          OR l."memberNo" LIKE ${prefix})))`;
  const { rows, total, counts } = await findQueuePage(query, PROFILE_STATES, {
    find: ({ skip, take }) => sql<QueueRow>`
      WITH page AS (
        SELECT p.id, p."lawyerId", p.state, p."submittedAt", p."reviewedAt", p.version
        FROM "LawyerProfile" p
        WHERE (${query.state ?? null}::"ProfileState" IS NULL OR p.state = ${query.state ?? null}::"ProfileState")
          AND ${filters}
        ORDER BY p."submittedAt" ASC NULLS LAST, p.id
        LIMIT ${take} OFFSET ${skip})
      SELECT page.id::text AS id, l.name AS "lawyerName", l."licenceNo",
        o.name AS "organisationName", l."practiceCategory"::text AS "practiceCategory",
        page.state::text AS state, page."submittedAt", page."reviewedAt", page.version
      FROM page JOIN "Lawyer" l ON l.id = page."lawyerId"
        JOIN "Organisation" o ON o.id = l."organisationId"
      ORDER BY page."submittedAt" ASC NULLS LAST, page.id`,
    countByState: () => sql<StateCount<Item['state']>>`
      SELECT p.state::text AS state, count(*)::int AS count
      FROM "LawyerProfile" p
      WHERE ${filters}
      GROUP BY p.state`,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      lawyerName: row.lawyerName,
      licenceNo: row.licenceNo,
      organisationName: row.organisationName,
      practiceCategory: row.practiceCategory,
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
