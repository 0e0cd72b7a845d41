import {
  ANNOUNCEMENT_TRANSITIONS,
  type Announcement,
  type AnnouncementAction,
  type AnnouncementInput,
} from '@lx/shared/announcement-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { changedFields, recordAudit } from '../../lib/audit.ts';
import { conflict, DomainError, notFound } from '../../lib/domain-error.ts';

type Row = Prisma.AnnouncementGetPayload<object>;

export function toAnnouncement(row: Row): Announcement {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    pinned: row.pinned,
    state: row.state,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const STALE = '该公告已被他人修改，请刷新后再操作';

export async function createAnnouncement(options: {
  prisma: PrismaClient;
  input: AnnouncementInput;
  actor: Actor;
}) {
  const { prisma, input, actor } = options;
  return prisma.$transaction(async (tx) => {
    const row = await tx.announcement.create({ data: { ...input, authorId: actor.accountId! } });
    await recordAudit(tx, actor, {
      action: 'announcement.created',
      entityType: 'Announcement',
      entityId: row.id,
      after: input,
    });
    return toAnnouncement(row);
  });
}

export async function updateAnnouncement(options: {
  prisma: PrismaClient;
  id: string;
  input: AnnouncementInput;
  version: number;
  actor: Actor;
}) {
  const { prisma, id, input, version, actor } = options;
  return prisma.$transaction(async (tx) => {
    const before = await tx.announcement.findUnique({ where: { id } });
    if (!before) throw notFound('公告');
    const { count } = await tx.announcement.updateMany({
      where: { id, version },
      data: { ...input, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(STALE);
    const after = await tx.announcement.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, {
      action: 'announcement.updated',
      entityType: 'Announcement',
      entityId: id,
      ...changedFields(
        { title: before.title, body: before.body, pinned: before.pinned },
        { title: after.title, body: after.body, pinned: after.pinned },
      ),
    });
    return toAnnouncement(after);
  });
}

/** A guarded transition: applied only if the state and version are still what the actor saw. */
export async function transitionAnnouncement(options: {
  prisma: PrismaClient;
  id: string;
  action: AnnouncementAction;
  version: number;
  actor: Actor;
}) {
  const { prisma, id, action, version, actor } = options;
  const rule = ANNOUNCEMENT_TRANSITIONS[action];
  return prisma.$transaction(async (tx) => {
    const before = await tx.announcement.findUnique({ where: { id } });
    if (!before) throw notFound('公告');
    if (!(rule.from as readonly string[]).includes(before.state)) {
      throw conflict(`公告当前状态不能${rule.label}`);
    }
    const { count } = await tx.announcement.updateMany({
      where: { id, version, state: { in: [...rule.from] } },
      data: {
        state: rule.to,
        version: { increment: 1 },
        ...(rule.to === 'PUBLISHED' ? { publishedAt: new Date() } : {}),
      },
    });
    if (count === 0) throw conflict(STALE);
    const after = await tx.announcement.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, {
      action: `announcement.${action}`,
      entityType: 'Announcement',
      entityId: id,
      before: { state: before.state },
      after: { state: after.state, publishedAt: after.publishedAt },
    });
    return toAnnouncement(after);
  });
}

export async function deleteAnnouncement(options: {
  prisma: PrismaClient;
  id: string;
  actor: Actor;
}) {
  const { prisma, id, actor } = options;
  await prisma.$transaction(async (tx) => {
    const before = await tx.announcement.findUnique({ where: { id } });
    if (!before) throw notFound('公告');
    const { count } = await tx.announcement.deleteMany({ where: { id, state: 'DRAFT' } });
    if (count === 0) throw new DomainError('CONFLICT', '只能删除草稿；已发布的公告请先撤回');
    await recordAudit(tx, actor, {
      action: 'announcement.deleted',
      entityType: 'Announcement',
      entityId: id,
      before: { title: before.title, state: before.state },
    });
  });
}
