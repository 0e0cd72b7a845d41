import {
  certificateValuesSchema,
  type CertificateApplicationInput,
  type CertificateField,
} from '@lx/shared/certificate-schemas';
import {
  CERTIFICATE_WORKFLOW,
  PAPER_STATES_BY_PICKUP,
  type PaperState,
} from '@lx/shared/certificate-workflow';
import type { FastifyBaseLogger } from 'fastify';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import {
  conflict,
  DomainError,
  invalid,
  notFound,
  validationError,
} from '../../lib/domain-error.ts';
import { notify, notifyResult } from '../notifications/notify.ts';
import { resultNotices } from '../notifications/result-notices.ts';
import {
  applicantOf,
  findApplication,
  rosterOf,
  type TemplateSnapshot,
} from './certificate-records.ts';
import { automaticReviewer, queueAutomaticIssue } from './automatic-issue.ts';
import { issueCertificate, type Issuer } from './issue-certificate.ts';

/**
 * Submits an application (step 4 "确认信息无误，提交申请"). The type must be active and meant for this
 * kind of applicant; the values follow the type's fields; named lawyers come from the applicant's
 * own current roster. Automatic types are issued at once. The application and its issue job are
 * written together, so if issuing fails or the process dies first the outbox issues it later
 * (retried with back-off; after the last attempt it waits for a reviewer) — never lost, never
 * issued twice.
 */
export async function submitCertificateApplication(options: {
  prisma: PrismaClient;
  issuer: Issuer;
  accountId: string;
  input: CertificateApplicationInput;
  actor: Actor;
  log?: FastifyBaseLogger | undefined;
}): Promise<string> {
  const { prisma, issuer, accountId, input, actor } = options;
  const applicant = await applicantOf(prisma, accountId);
  const type = await prisma.certificateType.findFirst({
    where: { id: input.typeId, active: true },
  });
  if (!type) throw invalid('typeId', '该证明类型不存在或已停用');
  if (!type.applicantKinds.includes(applicant.profile.kind)) {
    throw new DomainError(
      'FORBIDDEN',
      `“${type.name}”不适用于${applicant.profile.kind === 'LAWYER' ? '律师个人' : '您的机构类型'}申请`,
    );
  }
  const fields = type.fields as CertificateField[];
  const values = certificateValuesSchema(fields).safeParse(input.values);
  if (!values.success) {
    throw validationError(values.error.issues.map((i) => ({ ...i, path: ['values', ...i.path] })));
  }
  const roster = await rosterOf(prisma, applicant);
  let lawyers: typeof roster = [];
  if (type.namesLawyers) {
    if (applicant.lawyerId) {
      lawyers = roster;
    } else {
      if (input.lawyerIds.length === 0) throw invalid('lawyerIds', '请选择律师');
      const ids = [...new Set(input.lawyerIds)];
      const strangers = ids.filter((id) => !roster.some((l) => l.id === id));
      if (strangers.length > 0) {
        throw invalid('lawyerIds', '所选律师不在本机构的执业律师名单中（可能已离职），请重新选择');
      }
      lawyers = roster.filter((l) => ids.includes(l.id));
    }
  } else if (input.lawyerIds.length > 0) {
    throw invalid('lawyerIds', '该证明类型不列明律师');
  }
  const paper = input.paper;
  const filled: Record<string, string> = {};
  for (const [key, value] of Object.entries(values.data))
    if (typeof value === 'string') filled[key] = value;
  const template: TemplateSnapshot = { title: type.title, body: type.body, fields };
  const application = await prisma.$transaction(async (tx) => {
    const row = await tx.certificateApplication.create({
      data: {
        typeId: type.id,
        accountId,
        template: template as unknown as Prisma.InputJsonValue,
        applicant: applicant.profile,
        values: filled,
        lawyers: lawyers as unknown as Prisma.InputJsonValue,
        contactEmail: input.contactEmail,
        ...(paper.needed
          ? {
              paperQuantity: paper.quantity ?? 1,
              paperPickup: paper.pickup ?? 'SELF',
              ...(paper.pickup === 'MAIL'
                ? {
                    recipient: paper.recipient ?? null,
                    recipientPhone: paper.phone ?? null,
                    address: paper.address ?? null,
                  }
                : {}),
              paperState: paper.pickup === 'SELF' ? 'WAITING_PICKUP' : null,
            }
          : {}),
      },
    });
    await tx.certificateDraft.deleteMany({ where: { accountId } });
    if (type.reviewMode === 'AUTOMATIC') await queueAutomaticIssue(tx, row.id);
    await recordAudit(tx, actor, {
      action: 'certificate.apply',
      entityType: 'CertificateApplication',
      entityId: row.id,
      after: {
        type: type.name,
        lawyers: lawyers.map((l) => l.name),
        paper: paper.needed ? paper : null,
      },
    });
    return row;
  });
  if (type.reviewMode === 'AUTOMATIC') {
    try {
      await issueCertificate({
        prisma,
        issuer,
        applicationId: application.id,
        action: 'issue',
        actor: { ...actor, ...automaticReviewer },
      });
    } catch (error) {
      // The application exists and its job will issue it: the applicant sees it pending, not a
      // failure that invites a second application.
      options.log?.error(
        { err: error, applicationId: application.id },
        'automatic issue failed; the outbox will retry',
      );
    }
  }
  return application.id;
}

const stale = () => conflict('该申请不在待审核状态，可能已被处理，请刷新后查看');

/** 撤回申请: the applicant's own, while pending. */
export async function withdrawCertificateApplication(options: {
  prisma: PrismaClient;
  accountId: string;
  applicationId: string;
  actor: Actor;
}) {
  const { prisma, accountId, applicationId, actor } = options;
  const rule = CERTIFICATE_WORKFLOW.transitions.withdraw;
  await prisma.$transaction(async (tx) => {
    const row = await tx.certificateApplication.findFirst({
      where: { id: applicationId, accountId },
    });
    if (!row) throw notFound('证明申请');
    const { count } = await tx.certificateApplication.updateMany({
      where: { id: applicationId, state: { in: [...rule.from] } },
      data: { state: rule.to, version: { increment: 1 } },
    });
    if (count === 0)
      throw conflict(
        row.state === 'APPROVED' ? '该申请已审核通过，不能撤回' : '只有待审核的申请可以撤回',
      );
    await recordAudit(tx, actor, {
      action: 'certificate.withdraw',
      entityType: 'CertificateApplication',
      entityId: applicationId,
      before: { state: row.state },
      after: { state: rule.to },
    });
  });
}

export async function rejectCertificateApplication(options: {
  prisma: PrismaClient;
  applicationId: string;
  version: number;
  reason: string;
  actor: Actor;
}) {
  const { prisma, applicationId, version, reason, actor } = options;
  const rule = CERTIFICATE_WORKFLOW.transitions.reject;
  await prisma.$transaction(async (tx) => {
    const row = await findApplication(tx, applicationId);
    const { count } = await tx.certificateApplication.updateMany({
      where: { id: applicationId, state: { in: [...rule.from] }, version },
      data: {
        state: rule.to,
        version: { increment: 1 },
        rejectReason: reason,
        reviewedAt: new Date(),
        reviewerId: actor.accountId,
      },
    });
    if (count === 0) throw stale();
    await recordAudit(tx, actor, {
      action: 'certificate.reject',
      entityType: 'CertificateApplication',
      entityId: applicationId,
      before: { state: row.state },
      after: { state: rule.to, reason },
    });
    await notifyResult(
      tx,
      row.accountId,
      resultNotices.certificateRejected({
        typeName: row.type.name,
        reason,
        link: `/certificates/${applicationId}`,
      }),
    );
  });
}

/** 纸质证明: 待领取 / 已领取 for pickup, 已寄出 with the tracking number for mail. */
export async function recordPaperProgress(options: {
  prisma: PrismaClient;
  applicationId: string;
  state: PaperState;
  trackingNo?: string | undefined;
  actor: Actor;
}) {
  const { prisma, applicationId, state, actor } = options;
  await prisma.$transaction(async (tx) => {
    const row = await findApplication(tx, applicationId);
    if (row.paperQuantity === 0 || !row.paperPickup) throw conflict('该申请不需要纸质证明');
    if (row.state !== 'APPROVED') throw conflict('证明审核通过后才能办理纸质证明');
    if (!PAPER_STATES_BY_PICKUP[row.paperPickup].includes(state)) {
      throw invalid(
        'state',
        row.paperPickup === 'SELF'
          ? '自取的纸质证明只能标记为待领取或已领取'
          : '邮寄的纸质证明只能标记为已寄出',
      );
    }
    await tx.certificateApplication.update({
      where: { id: applicationId },
      data: {
        paperState: state,
        trackingNo: state === 'MAILED' ? (options.trackingNo ?? null) : row.trackingNo,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      action: 'certificate.paper',
      entityType: 'CertificateApplication',
      entityId: applicationId,
      before: { paperState: row.paperState, trackingNo: row.trackingNo },
      after: { paperState: state, trackingNo: options.trackingNo },
    });
    await notify(tx, {
      accountId: row.accountId,
      title:
        state === 'MAILED'
          ? '纸质证明已寄出'
          : state === 'PICKED_UP'
            ? '纸质证明已领取'
            : '纸质证明待领取',
      body:
        state === 'MAILED'
          ? `您申请的${row.type.name}纸质证明已寄出，快递单号 ${options.trackingNo ?? ''}。`
          : `您申请的${row.type.name}纸质证明${state === 'PICKED_UP' ? '已领取' : '已备好，请到协会领取'}。`,
      link: `/certificates/${applicationId}`,
    });
  });
}

/** 撤销证明: verification says revoked from this moment on. */
export async function revokeCertificate(options: {
  prisma: PrismaClient;
  applicationId: string;
  reason: string;
  actor: Actor;
}) {
  const { prisma, applicationId, reason, actor } = options;
  await prisma.$transaction(async (tx) => {
    const row = await findApplication(tx, applicationId);
    if (!row.certificate) throw conflict('该申请尚未签发证明');
    const { count } = await tx.certificate.updateMany({
      where: { id: row.certificate.id, revokedAt: null },
      data: { revokedAt: new Date(), revokeReason: reason, revokedBy: actor.accountId },
    });
    if (count === 0) throw conflict('该证明已被撤销');
    await recordAudit(tx, actor, {
      action: 'certificate.revoke',
      entityType: 'Certificate',
      entityId: row.certificate.id,
      after: { number: row.certificate.number, reason },
    });
    await notify(tx, {
      accountId: row.accountId,
      title: '电子证明已被撤销',
      body: `证明 ${row.certificate.number} 已被律师协会撤销。原因：${reason}`,
      link: `/certificates/${applicationId}`,
    });
  });
}
