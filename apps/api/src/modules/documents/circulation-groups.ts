import type {
  CirculationGroup,
  CirculationGroupDetail,
  CirculationGroupInput,
  CirculationOrganisation,
  CirculationPerson,
} from '@lx/shared/document-schemas';
import { ORGANISATION_KIND_LABELS } from '@lx/shared/labels';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { DomainError, notFound } from '../../lib/domain-error.ts';

const PERSON_SELECT = {
  id: true,
  displayName: true,
  lawyer: { select: { licenceNo: true, organisation: { select: { name: true } } } },
  organisation: { select: { kind: true } },
} as const satisfies Prisma.AccountSelect;

type PersonRow = Prisma.AccountGetPayload<{ select: typeof PERSON_SELECT }>;

const toPerson = (a: PersonRow): CirculationPerson => ({
  accountId: a.id,
  name: a.displayName,
  detail: a.lawyer
    ? [a.lawyer.licenceNo, a.lawyer.organisation.name].filter(Boolean).join(' · ')
    : a.organisation
      ? ORGANISATION_KIND_LABELS[a.organisation.kind]
      : null,
});

/** 指定人员 and group members: lawyers by name or 执业证号, organisations by name (20 at most). */
export async function searchCirculationPeople(
  prisma: PrismaClient,
  q: string | undefined,
): Promise<CirculationPerson[]> {
  const text = q?.trim();
  const rows = await prisma.account.findMany({
    where: {
      kind: { in: ['LAWYER', 'ORGANISATION'] },
      ...(text
        ? {
            OR: [
              { displayName: { contains: text, mode: 'insensitive' } },
              { lawyer: { licenceNo: { startsWith: text } } },
            ],
          }
        : {}),
    },
    select: PERSON_SELECT,
    orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
    take: 20,
  });
  return rows.map(toPerson);
}

/** 机构全体人员: organisations by name (20 at most). */
export async function searchCirculationOrganisations(
  prisma: PrismaClient,
  q: string | undefined,
): Promise<CirculationOrganisation[]> {
  const text = q?.trim();
  const rows = await prisma.organisation.findMany({
    where: text ? { name: { contains: text, mode: 'insensitive' } } : {},
    select: { id: true, name: true, kind: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 20,
  });
  return rows.map((o) => ({ id: o.id, name: o.name, kind: ORGANISATION_KIND_LABELS[o.kind] }));
}

export async function listCirculationGroups(prisma: PrismaClient): Promise<CirculationGroup[]> {
  const rows = await prisma.circulationGroup.findMany({
    include: { _count: { select: { members: true } } },
    orderBy: [{ name: 'asc' }],
  });
  return rows.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    memberCount: g._count.members,
  }));
}

export async function getCirculationGroup(
  prisma: PrismaClient | Prisma.TransactionClient,
  groupId: string,
): Promise<CirculationGroupDetail> {
  const group = await prisma.circulationGroup.findUnique({
    where: { id: groupId },
    include: { members: { include: { account: { select: PERSON_SELECT } } } },
  });
  if (!group) throw notFound('传阅组');
  const members = group.members
    .map((m) => toPerson(m.account))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    memberCount: members.length,
    members,
  };
}

const nameTaken = () =>
  new DomainError('VALIDATION', '已有同名的传阅组', { name: '已有同名的传阅组' });

/** Members must be lawyers' or organisations' accounts that exist. */
async function checkMembers(tx: Prisma.TransactionClient, accountIds: string[]) {
  const unique = [...new Set(accountIds)];
  const found = await tx.account.count({
    where: { id: { in: unique }, kind: { in: ['LAWYER', 'ORGANISATION'] } },
  });
  if (found !== unique.length)
    throw new DomainError('VALIDATION', '成员中有不存在的人员', {
      accountIds: '成员中有不存在的人员',
    });
  return unique;
}

/** 新建或修改传阅组: its name, description and members (replaced as a whole). */
export async function saveCirculationGroup(options: {
  prisma: PrismaClient;
  groupId: string | null;
  input: CirculationGroupInput;
  actor: Actor;
}): Promise<CirculationGroupDetail> {
  const { prisma, groupId, input, actor } = options;
  try {
    return await prisma.$transaction(async (tx) => {
      const members = await checkMembers(tx, input.accountIds);
      const data = { name: input.name, description: input.description ?? null };
      if (groupId && !(await tx.circulationGroup.findUnique({ where: { id: groupId } })))
        throw notFound('传阅组');
      const group = groupId
        ? await tx.circulationGroup.update({ where: { id: groupId }, data })
        : await tx.circulationGroup.create({ data });
      await tx.circulationGroupMember.deleteMany({ where: { groupId: group.id } });
      await tx.circulationGroupMember.createMany({
        data: members.map((accountId) => ({ groupId: group.id, accountId })),
      });
      await recordAudit(tx, actor, {
        action: groupId ? 'circulation-group.updated' : 'circulation-group.created',
        entityType: 'CirculationGroup',
        entityId: group.id,
        after: { name: input.name, members: members.length },
      });
      return getCirculationGroup(tx, group.id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

/** A group that was used keeps its label on the documents circulated to it. */
export async function deleteCirculationGroup(options: {
  prisma: PrismaClient;
  groupId: string;
  actor: Actor;
}): Promise<void> {
  const { prisma, groupId, actor } = options;
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.circulationGroup.deleteMany({ where: { id: groupId } });
    if (count === 0) throw notFound('传阅组');
    await recordAudit(tx, actor, {
      action: 'circulation-group.deleted',
      entityType: 'CirculationGroup',
      entityId: groupId,
    });
  });
}
