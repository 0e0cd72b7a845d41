import {
  CLOSED_ORGANISATION_MESSAGE,
  SAME_ORGANISATION_MESSAGE,
  type TransferInput,
} from '@lx/shared/member-schemas';
import { rosterCategoryProblem } from '@lx/shared/roster-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, DomainError, invalid } from '../../lib/domain-error.ts';
import { addTicketNote } from '../tickets/ticket-notes.ts';
import { CHANGED_MEANWHILE } from './correct-member.ts';
import { findMember } from './member-records.ts';

/**
 * 转所: the lawyer moves to another organisation from `effectiveOn`, as a 律师 there (负责人 and 合伙人
 * are the new organisation's to name). Every roster and picker reads the lawyer's organisation, so
 * the old firm stops offering them and the new one starts at once; the transfer record lets both
 * rosters show the move. Guarded on the organisation staff saw: of two moves at once, one wins.
 */
export async function transferLawyer(options: {
  prisma: PrismaClient;
  lawyerId: string;
  input: TransferInput;
  actor: Actor;
}): Promise<void> {
  const { prisma, lawyerId, input, actor } = options;
  await prisma.$transaction(async (tx) => {
    const row = await findMember(tx, lawyerId);
    if (row.organisationId === input.organisationId) {
      throw new DomainError('CONFLICT', SAME_ORGANISATION_MESSAGE, {
        organisationId: SAME_ORGANISATION_MESSAGE,
      });
    }
    const target = await tx.organisation.findUnique({ where: { id: input.organisationId } });
    if (!target) throw invalid('organisationId', '转入机构不存在');
    if (target.status === 'CLOSED') throw invalid('organisationId', CLOSED_ORGANISATION_MESSAGE);
    const problem = rosterCategoryProblem(target.kind, row.practiceCategory);
    if (problem) throw invalid('organisationId', problem);
    const { count } = await tx.lawyer.updateMany({
      where: { id: lawyerId, organisationId: row.organisationId },
      data: {
        organisationId: target.id,
        organisationRole: 'LAWYER',
        status: 'PRACTISING',
        leftAt: null,
      },
    });
    if (count === 0) throw conflict(CHANGED_MEANWHILE);
    const effectiveOn = new Date(`${input.effectiveOn}T00:00:00Z`);
    await tx.lawyerTransfer.create({
      data: {
        lawyerId,
        fromOrganisationId: row.organisationId,
        toOrganisationId: target.id,
        effectiveOn,
        reason: input.reason,
        ticketId: input.ticketId ?? null,
        createdById: actor.accountId,
      },
    });
    await recordAudit(tx, actor, {
      action: 'member.transferred',
      entityType: 'Lawyer',
      entityId: lawyerId,
      before: {
        organisation: row.organisation.name,
        organisationRole: row.organisationRole,
        status: row.status,
      },
      after: {
        organisation: target.name,
        organisationRole: 'LAWYER',
        status: 'PRACTISING',
        effectiveOn: input.effectiveOn,
        reason: input.reason,
        ticketId: input.ticketId,
      },
    });
    if (input.ticketId) {
      await addTicketNote(tx, {
        ticketId: input.ticketId,
        memberAccountId: row.accountId,
        body: `已按工单办理转所：${row.organisation.name} → ${target.name}（${input.effectiveOn} 起）`,
        actor,
      });
    }
  });
}
