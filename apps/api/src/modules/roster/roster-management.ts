import {
  rosterCategoryProblem,
  SECOND_HEAD_MESSAGE,
  type AddedLawyer,
  type Roster,
  type RosterEntry,
  type RosterLawyerInput,
} from '@lx/shared/roster-schemas';
import { initialPassword } from '@lx/shared/initial-password';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, DomainError, invalid, notFound } from '../../lib/domain-error.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { directSql } from '../../db/direct-sql.ts';
import type { SessionContext } from '../auth/session-store.ts';

type LawyerRow = Prisma.LawyerGetPayload<{ include: { profile: { select: { state: true } } } }>;

function toEntry(row: LawyerRow): RosterEntry {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    licenceNo: row.licenceNo,
    memberNo: row.memberNo,
    practiceCategory: row.practiceCategory,
    organisationRole: row.organisationRole,
    status: row.status,
    leftAt: row.leftAt ? row.leftAt.toISOString().slice(0, 10) : null,
    profileState: row.profile?.state ?? 'DRAFT',
  };
}

/**
 * The organisation the signed-in account manages: the session already says it (the organisation
 * whose account this is), so no statement is needed.
 */
export function organisationOfSession(auth: SessionContext): string {
  if (!auth.organisationId)
    throw new DomainError('FORBIDDEN', '只有律师事务所和律师办公室可以管理律师列表');
  return auth.organisationId;
}

/**
 * The organisation's lawyers: practising first (by name), then those who left; and the lawyers
 * who moved in or out (转所), with the date. Three statements on the direct lane, in parallel
 * (the firm's name, the lawyers with their profile's state in one join, the latest 50 moves):
 * through Prisma's includes it was seven, one after another.
 */
export async function getRoster(prisma: PrismaClient, organisationId: string): Promise<Roster> {
  const sql = directSql(prisma);
  const [[organisation], rows, transfers] = await Promise.all([
    sql<{ name: string }>`SELECT name FROM "Organisation" WHERE id = ${organisationId}::uuid`,
    sql<RosterEntry>`
      SELECT l.id::text AS id, l.name, l.gender::text AS gender, l."licenceNo", l."memberNo",
        l."practiceCategory"::text AS "practiceCategory",
        l."organisationRole"::text AS "organisationRole", l.status::text AS status,
        to_char(l."leftAt", 'YYYY-MM-DD') AS "leftAt",
        coalesce(p.state::text, 'DRAFT') AS "profileState"
      FROM "Lawyer" l LEFT JOIN "LawyerProfile" p ON p."lawyerId" = l.id
      WHERE l."organisationId" = ${organisationId}::uuid
      ORDER BY l.status, l.name, l.id`,
    sql<Roster['transfers'][number]>`
      SELECT t.id::text AS id,
        CASE WHEN t."fromOrganisationId" = ${organisationId}::uuid THEN 'OUT' ELSE 'IN' END AS direction,
        l.name AS "lawyerName", l."licenceNo",
        CASE WHEN t."fromOrganisationId" = ${organisationId}::uuid THEN dst.name ELSE src.name END
          AS "organisationName",
        to_char(t."effectiveOn", 'YYYY-MM-DD') AS "effectiveOn"
      FROM "LawyerTransfer" t JOIN "Lawyer" l ON l.id = t."lawyerId"
        JOIN "Organisation" src ON src.id = t."fromOrganisationId"
        JOIN "Organisation" dst ON dst.id = t."toOrganisationId"
      WHERE t."fromOrganisationId" = ${organisationId}::uuid
        OR t."toOrganisationId" = ${organisationId}::uuid
      ORDER BY t."effectiveOn" DESC, t."createdAt" DESC
      LIMIT 50`,
  ]);
  if (!organisation) throw notFound('律师事务所');
  return {
    organisationName: organisation.name,
    // The statements select exactly what the answer holds, under its names.
    lawyers: rows,
    transfers,
  };
}

function duplicate(field: '身份证号' | '执业证号', value: string) {
  return conflict(
    `${field} ${value} 已登记在系统中（可能在其他律师事务所执业或已转所）。请提交工单并上传该律师的执业证扫描件，由协会核实处理。`,
  );
}

/**
 * The last number of the LS series of 会员编号 (0 when none), as a query `n` to build on: 添加律师
 * takes the next one, 会员导入 the next ones in its file's order. Other numbering is ignored.
 */
export const LAST_LS_MEMBER_NO = Prisma.sql`
  SELECT coalesce(max(substring("memberNo" from 3)::int), 0)::int AS n
  FROM "Lawyer" WHERE "memberNo" ~ '^LS[0-9]{1,9}$'`;

/** The next 会员编号 of the LS series (LS020023 after LS020022). */
async function nextMemberNo(tx: Prisma.TransactionClient): Promise<string> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`${LAST_LS_MEMBER_NO}`;
  return `LS${String((row?.n ?? 0) + 1).padStart(6, '0')}`;
}

/**
 * 添加律师: a lawyer record, a profile to complete and an account that signs in with the licence
 * number (or member number) and the initial-password rule. An ID or licence number that exists
 * anywhere is refused with what to do instead (a ticket with the licence scan).
 */
export async function addLawyer(options: {
  prisma: PrismaClient;
  organisationId: string;
  input: RosterLawyerInput;
  actor: Actor;
}): Promise<AddedLawyer> {
  const { prisma, organisationId, input, actor } = options;
  const password = initialPassword({ kind: 'LAWYER', idNo: input.idNo });
  const passwordHash = await hashPassword(password);
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const byId = await tx.lawyer.findUnique({ where: { idNo: input.idNo } });
        if (byId) throw duplicate('身份证号', input.idNo);
        if (input.licenceNo) {
          const byLicence = await tx.lawyer.findUnique({ where: { licenceNo: input.licenceNo } });
          if (byLicence) throw duplicate('执业证号', input.licenceNo);
        }
        // The organisation's row is locked so that two additions cannot both become 负责人.
        await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId}::uuid FOR UPDATE`;
        const organisation = await tx.organisation.findUniqueOrThrow({
          where: { id: organisationId },
        });
        const categoryProblem = rosterCategoryProblem(organisation.kind, input.practiceCategory);
        if (categoryProblem) throw invalid('practiceCategory', categoryProblem);
        if (input.organisationRole === 'HEAD') {
          const head = await tx.lawyer.findFirst({
            where: { organisationId, organisationRole: 'HEAD', status: 'PRACTISING' },
            select: { id: true },
          });
          if (head) throw invalid('organisationRole', SECOND_HEAD_MESSAGE);
        }
        // The licensing authority is the one the organisation's lawyers already answer to.
        const colleague = await tx.lawyer.findFirst({
          where: { organisationId },
          select: { authority: true },
          orderBy: { createdAt: 'asc' },
        });
        const account = await tx.account.create({
          data: { kind: 'LAWYER', displayName: input.name, passwordHash, mustChangePassword: true },
        });
        const lawyer = await tx.lawyer.create({
          data: {
            name: input.name,
            gender: input.gender,
            idNo: input.idNo,
            licenceNo: input.licenceNo ?? null,
            memberNo: await nextMemberNo(tx),
            practiceCategory: input.practiceCategory,
            organisationRole: input.organisationRole,
            authority: colleague?.authority ?? '',
            organisationId,
            accountId: account.id,
            profile: { create: {} },
          },
          include: { profile: { select: { state: true } } },
        });
        await recordAudit(tx, actor, {
          action: 'roster.lawyer-added',
          entityType: 'Lawyer',
          entityId: lawyer.id,
          after: { name: input.name, licenceNo: input.licenceNo, organisation: organisation.name },
        });
        return {
          lawyer: toEntry(lawyer),
          login: lawyer.licenceNo ?? lawyer.memberNo,
          initialPasswordRule: '初始密码为身份证号后 6 位（字母小写），首次登录后须修改密码',
        };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Two additions at once: the same person (refused as a duplicate) or the same new member
      // number (taken again on the next attempt).
      const byId = await prisma.lawyer.findUnique({ where: { idNo: input.idNo } });
      if (byId) throw duplicate('身份证号', input.idNo);
      if (
        input.licenceNo &&
        (await prisma.lawyer.findUnique({ where: { licenceNo: input.licenceNo } }))
      ) {
        throw duplicate('执业证号', input.licenceNo);
      }
      if (attempt >= 3) throw error;
    }
  }
}

/** 登记离所: from that date the lawyer is no longer offered in the organisation's pickers. */
export async function recordDeparture(options: {
  prisma: PrismaClient;
  organisationId: string;
  lawyerId: string;
  leftAt: string;
  actor: Actor;
}) {
  const { prisma, organisationId, lawyerId, leftAt, actor } = options;
  await prisma.$transaction(async (tx) => {
    const lawyer = await tx.lawyer.findFirst({ where: { id: lawyerId, organisationId } });
    if (!lawyer) throw notFound('律师');
    const { count } = await tx.lawyer.updateMany({
      where: { id: lawyerId, status: 'PRACTISING' },
      // A calendar date (DATE column): midnight UTC keeps the day as given.
      data: { status: 'LEFT', leftAt: new Date(`${leftAt}T00:00:00Z`) },
    });
    if (count === 0) throw conflict(`${lawyer.name}已登记离所`);
    await recordAudit(tx, actor, {
      action: 'roster.lawyer-left',
      entityType: 'Lawyer',
      entityId: lawyerId,
      before: { status: 'PRACTISING' },
      after: { status: 'LEFT', leftAt },
    });
  });
}
