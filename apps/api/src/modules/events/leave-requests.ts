import { randomUUID } from 'node:crypto';
import { leaveWindow } from '@lx/shared/event-rules';
import type { LeaveInput, MemberRegistration } from '@lx/shared/event-schemas';
import { REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { DomainError, notFound } from '../../lib/domain-error.ts';
import type { FormFile } from '../../lib/read-form.ts';
import type { Storage } from '../../lib/storage.ts';
import type { Member } from './member-event-records.ts';
import { getOwnRegistration, storeEventFiles } from './event-registrations.ts';

const conflict = (message: string) => new DomainError('CONFLICT', message);

/**
 * 请假 (manual §4.1.3): from registration close until 2 hours before the start, with a reason from
 * the list and an attachment. One request waiting or granted per registration (the partial unique
 * index); withdrawing one goes through a ticket. A leave keeps the place.
 */
export async function requestLeave(options: {
  prisma: PrismaClient;
  storage: Storage;
  member: Member;
  registrationId: string;
  input: LeaveInput;
  files: FormFile[];
  actor: Actor;
}): Promise<MemberRegistration> {
  const { prisma, member, registrationId, input, actor } = options;
  const registration = await prisma.eventRegistration.findFirst({
    where: { id: registrationId, accountId: member.accountId },
    include: { event: true },
  });
  if (!registration) throw notFound('报名记录');
  if (options.files.length === 0)
    throw new DomainError('VALIDATION', '请上传请假附件', { attachments: '请上传请假附件' });
  const { event } = registration;
  if (event.state !== 'PUBLISHED') throw conflict('活动已结束或已取消，不能请假');
  const window = leaveWindow(event, new Date());
  if (!window.open) throw conflict(window.reason);

  const id = randomUUID();
  const { stored, discard } = await storeEventFiles(options.storage, id, options.files);
  try {
    await prisma.$transaction(async (tx) => {
      // The registration's state is read again inside the transaction that writes the request;
      // only staff move a registered place to ON_LEAVE, after this request exists.
      const current = await tx.eventRegistration.findUniqueOrThrow({
        where: { id: registrationId },
        select: { state: true },
      });
      if (!canApply(REGISTRATION_WORKFLOW, 'approveLeave', current.state))
        throw conflict(`${REGISTRATION_WORKFLOW.labels[current.state]}的报名不能请假`);
      await tx.eventLeave.create({
        data: {
          id,
          registrationId,
          reason: input.reason,
          detail: input.detail ?? null,
          attachments: { create: stored },
        },
      });
      await recordAudit(tx, actor, {
        action: 'event.leave.requested',
        entityType: 'EventLeave',
        entityId: id,
        after: { registrationId, reason: input.reason, attachments: stored.length },
      });
    });
  } catch (error) {
    await discard();
    if (isUniqueViolation(error)) throw conflict('已提交请假申请，请勿重复提交');
    throw error;
  }
  return getOwnRegistration(prisma, member, registrationId);
}
