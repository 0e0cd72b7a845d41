import {
  CORRECTION_FIELD_LABELS,
  type MemberCorrectionFields,
  type MemberCorrectionInput,
} from '@lx/shared/member-schemas';
import { GENDER_LABELS, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import { rosterCategoryProblem } from '@lx/shared/roster-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, DomainError, invalid } from '../../lib/domain-error.ts';
import { addTicketNote } from '../tickets/ticket-notes.ts';
import { findMember } from './member-records.ts';

type Field = keyof MemberCorrectionFields;
const FIELDS = Object.keys(CORRECTION_FIELD_LABELS) as Field[];

export const CHANGED_MEANWHILE = '该律师的信息已被他人修改，请刷新后重试';

const duplicate = (field: 'idNo' | 'licenceNo', value: string) => {
  const message = `${CORRECTION_FIELD_LABELS[field]} ${value} 已登记在其他律师名下，请核实`;
  return new DomainError('CONFLICT', message, { [`fields.${field}`]: message });
};

/** How a value reads in the audit log and the ticket thread. */
function shown(field: Field, value: string | null): string {
  if (value === null) return '（空）';
  if (field === 'gender') return GENDER_LABELS[value as keyof typeof GENDER_LABELS];
  if (field === 'practiceCategory')
    return PRACTICE_CATEGORY_LABELS[value as keyof typeof PRACTICE_CATEGORY_LABELS];
  return value;
}

async function refuseDuplicates(
  db: Pick<Prisma.TransactionClient, 'lawyer' | 'organisation'>,
  lawyerId: string,
  changes: Partial<Record<Field, string>>,
) {
  for (const field of ['idNo', 'licenceNo'] as const) {
    const value = changes[field];
    if (value === undefined) continue;
    const other = await db.lawyer.findFirst({
      where: { [field]: value, id: { not: lawyerId } },
      select: { id: true },
    });
    if (other) throw duplicate(field, value);
  }
  // A licence number signs in, so it is unique across lawyers and organisations alike.
  if (changes.licenceNo) {
    const firm = await db.organisation.findUnique({
      where: { licenceNo: changes.licenceNo },
      select: { id: true },
    });
    if (firm) throw duplicate('licenceNo', changes.licenceNo);
  }
}

/**
 * 更正信息: staff change what a member cannot change themselves (姓名, 性别, 身份证号, 执业证号, 执业
 * 类别). The update is guarded by the values staff saw, so of two corrections at once one is
 * refused; an ID or licence number that another lawyer holds is refused on its field. With a
 * ticket, its thread says what was changed, in the same transaction.
 */
export async function correctMember(options: {
  prisma: PrismaClient;
  lawyerId: string;
  input: MemberCorrectionInput;
  actor: Actor;
}): Promise<void> {
  const { prisma, lawyerId, input, actor } = options;
  const given = input.fields;
  try {
    await prisma.$transaction(async (tx) => {
      const row = await findMember(tx, lawyerId);
      const before: Partial<Record<Field, string | null>> = {};
      const changes: Partial<Record<Field, string>> = {};
      for (const field of FIELDS) {
        const value = given[field];
        if (value === undefined || value === row[field]) continue;
        before[field] = row[field];
        changes[field] = value;
      }
      if (Object.keys(changes).length === 0) {
        throw invalid('fields', '所填信息与现有信息相同，没有需要更正的内容');
      }
      if (changes.practiceCategory) {
        const problem = rosterCategoryProblem(
          row.organisation.kind,
          changes.practiceCategory as MemberCorrectionFields['practiceCategory'] & string,
        );
        if (problem) throw invalid('fields.practiceCategory', problem);
      }
      await refuseDuplicates(tx, lawyerId, changes);
      const { count } = await tx.lawyer.updateMany({
        where: { id: lawyerId, ...(before as Prisma.LawyerWhereInput) },
        data: changes as Prisma.LawyerUpdateManyMutationInput,
      });
      if (count === 0) throw conflict(CHANGED_MEANWHILE);
      if (changes.name && row.accountId) {
        await tx.account.update({
          where: { id: row.accountId },
          data: { displayName: changes.name },
        });
      }
      await recordAudit(tx, actor, {
        action: 'member.corrected',
        entityType: 'Lawyer',
        entityId: lawyerId,
        before,
        after: { ...changes, reason: input.reason, ticketId: input.ticketId },
      });
      if (input.ticketId) {
        const lines = (Object.keys(changes) as Field[]).map(
          (f) =>
            `${CORRECTION_FIELD_LABELS[f]} ${shown(f, before[f] ?? null)} → ${shown(f, changes[f]!)}`,
        );
        await addTicketNote(tx, {
          ticketId: input.ticketId,
          memberAccountId: row.accountId,
          body: `已按工单修改：${lines.join('；')}`,
          actor,
        });
      }
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another lawyer took the number between our check and our update.
    await refuseDuplicates(prisma, lawyerId, {
      ...(given.idNo ? { idNo: given.idNo } : {}),
      ...(given.licenceNo ? { licenceNo: given.licenceNo } : {}),
    });
    throw error;
  }
}
