import { initialPassword } from '@lx/shared/initial-password';
import type {
  CreatedOrganisation,
  OrganisationCreateInput,
  OrganisationDetail,
  OrganisationUpdateInput,
} from '@lx/shared/member-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { changedFields, recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, DomainError, invalid, notFound } from '../../lib/domain-error.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { getOrganisationDetail } from './organisation-records.ts';

type Tx = Prisma.TransactionClient;

const licenceTaken = (licenceNo: string) => {
  const message = `执业许可证号 ${licenceNo} 已登记在系统中，请核实`;
  return new DomainError('CONFLICT', message, { licenceNo: message });
};

/** A licence number signs in, so no other organisation or lawyer may hold it. */
async function refuseTakenLicence(db: Tx | PrismaClient, licenceNo: string, exceptId?: string) {
  const [organisation, lawyer] = [
    await db.organisation.findFirst({
      where: { licenceNo, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    }),
    await db.lawyer.findUnique({ where: { licenceNo }, select: { id: true } }),
  ];
  if (organisation || lawyer) throw licenceTaken(licenceNo);
}

/** The next 会员编号 of the JG series (JG0005 after JG0004); other numbering is ignored. */
async function nextOrganisationMemberNo(tx: Tx): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number | null }[]>`
    SELECT max(substring("memberNo" from 3)::int) AS last
    FROM "Organisation" WHERE "memberNo" ~ '^JG[0-9]{1,9}$'`;
  return `JG${String((row?.last ?? 0) + 1).padStart(4, '0')}`;
}

/**
 * 新建机构: the organisation and its account, which signs in with the firm's 执业许可证号 (an office:
 * its 会员编号) and the SPEC §1 initial password, changed at first sign-in. The password is
 * returned once for staff to hand over.
 */
export async function createOrganisation(options: {
  prisma: PrismaClient;
  input: OrganisationCreateInput;
  actor: Actor;
}): Promise<CreatedOrganisation> {
  const { prisma, input, actor } = options;
  const licenceNo = input.licenceNo ?? null;
  const password = initialPassword({
    kind: 'ORGANISATION',
    organisationKind: input.kind,
    licenceNo,
  });
  const passwordHash = await hashPassword(password);
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        if (licenceNo) await refuseTakenLicence(tx, licenceNo);
        const account = await tx.account.create({
          data: {
            kind: 'ORGANISATION',
            displayName: input.name,
            passwordHash,
            mustChangePassword: true,
            mobile: input.mobile ?? null,
          },
        });
        const organisation = await tx.organisation.create({
          data: {
            kind: input.kind,
            name: input.name,
            licenceNo,
            memberNo: await nextOrganisationMemberNo(tx),
            address: input.address ?? null,
            phone: input.phone ?? null,
            headName: input.headName ?? null,
            accountId: account.id,
          },
        });
        await recordAudit(tx, actor, {
          action: 'organisation.created',
          entityType: 'Organisation',
          entityId: organisation.id,
          after: {
            kind: input.kind,
            name: input.name,
            licenceNo,
            memberNo: organisation.memberNo,
            headName: input.headName,
          },
        });
        return {
          organisation: await getOrganisationDetail(tx, organisation.id),
          login: licenceNo ?? organisation.memberNo,
          initialPassword: password,
        };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same licence at once (refused), or the same new member number (taken again).
      if (licenceNo) await refuseTakenLicence(prisma, licenceNo);
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * 编辑机构 (with the reason): guarded on the row staff read, so of two edits at once one is
 * refused. An organisation with practising lawyers cannot be closed: they move first (转所) or
 * are recorded as left.
 */
export async function updateOrganisation(options: {
  prisma: PrismaClient;
  id: string;
  input: OrganisationUpdateInput;
  actor: Actor;
}): Promise<OrganisationDetail> {
  const { prisma, id, input, actor } = options;
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.organisation.findUnique({ where: { id } });
      if (!row) throw notFound('机构');
      const next = {
        kind: input.kind,
        name: input.name,
        licenceNo: input.licenceNo ?? null,
        address: input.address ?? null,
        phone: input.phone ?? null,
        headName: input.headName ?? null,
        status: input.status,
      };
      const current = {
        kind: row.kind,
        name: row.name,
        licenceNo: row.licenceNo,
        address: row.address,
        phone: row.phone,
        headName: row.headName,
        status: row.status,
      };
      const { before, after } = changedFields(current, next);
      if (Object.keys(after).length === 0) throw invalid('form', '没有需要保存的修改');
      if (next.licenceNo && next.licenceNo !== row.licenceNo) {
        await refuseTakenLicence(tx, next.licenceNo, id);
      }
      if (next.status === 'CLOSED' && row.status !== 'CLOSED') {
        const practising = await tx.lawyer.count({
          where: { organisationId: id, status: 'PRACTISING' },
        });
        if (practising > 0) {
          throw invalid(
            'status',
            `该机构仍有 ${practising} 名执业律师，请先为其办理转所或登记离所`,
          );
        }
      }
      const { count } = await tx.organisation.updateMany({
        where: { id, updatedAt: row.updatedAt },
        data: next,
      });
      if (count === 0) throw conflict('该机构的信息已被他人修改，请刷新后重试');
      if (after.name !== undefined && row.accountId) {
        await tx.account.update({ where: { id: row.accountId }, data: { displayName: next.name } });
      }
      await recordAudit(tx, actor, {
        action: 'organisation.updated',
        entityType: 'Organisation',
        entityId: id,
        before,
        after: { ...after, reason: input.reason },
      });
      return getOrganisationDetail(tx, id);
    });
  } catch (error) {
    if (!isUniqueViolation(error) || !input.licenceNo) throw error;
    throw licenceTaken(input.licenceNo);
  }
}
