import { createHash, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { renderCertificateText } from '@lx/shared/certificate-template';
import { CERTIFICATE_WORKFLOW, type CertificateAction } from '@lx/shared/certificate-workflow';
import { canApply } from '@lx/shared/workflow';
import { chineseDate } from '@lx/shared/dates';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict } from '../../lib/domain-error.ts';
import { renderCertificate } from '../../lib/pdf/certificate.ts';
import { signPdf, type SigningIdentity } from '../../lib/signing.ts';
import type { Storage } from '../../lib/storage.ts';
import { notifyResult } from '../notifications/notify.ts';
import { resultNotices } from '../notifications/result-notices.ts';
import {
  associationNameOf,
  certificateNumberOf,
  findApplication,
  placeholderValuesOf,
  type TemplateSnapshot,
} from './certificate-records.ts';

const DAY_MS = 24 * 3600_000;

export type Issuer = {
  storage: Storage;
  signing: () => Promise<SigningIdentity>;
  publicBaseUrl: string;
};

/** The outbox job that issues an automatic application (see automatic-issue.ts). */
export const automaticIssueJobKeyOf = (applicationId: string) =>
  `certificate.issue:${applicationId}`;

export const verifyUrlOf = (publicBaseUrl: string, number: string) =>
  `${publicBaseUrl}/verify/${number}`;

/** The signed PDF bytes of a certificate (number and dates decided by the caller). */
async function signedCertificate(options: {
  issuer: Issuer;
  associationName: string;
  template: TemplateSnapshot;
  values: Record<string, string>;
  number: string;
  issuedAt: Date;
  expiresAt: Date;
}): Promise<Buffer> {
  const { issuer, number } = options;
  const text = renderCertificateText(options.template, options.values);
  const verifyUrl = verifyUrlOf(issuer.publicBaseUrl, number);
  const qr = await QRCode.toBuffer(verifyUrl, {
    type: 'png',
    margin: 1,
    width: 240,
    errorCorrectionLevel: 'M',
  });
  const pdf = await renderCertificate({
    associationName: options.associationName,
    title: text.title,
    paragraphs: text.paragraphs,
    number,
    issuedOn: chineseDate(options.issuedAt),
    expiresOn: chineseDate(options.expiresAt),
    verifyUrl,
    qr: new Uint8Array(qr),
  });
  return signPdf(pdf, await issuer.signing(), {
    reason: `电子证明 ${number}`,
    name: options.associationName,
    location: options.associationName,
    contactInfo: verifyUrl,
  });
}

/**
 * Approves a pending application by issuing its certificate (a reviewer's 审核通过, or the system's
 * for a type reviewed automatically): the PDF is generated, signed and
 * stored first; only then is the application marked approved, by a conditional update, together
 * with the certificate row (number, dates, SHA-256 of the bytes). An application is never approved
 * without a file; a file whose approval lost a race is deleted. Each attempt stores under its own
 * key: two issuers of one application (the request and its outbox job, two reviewers) never
 * overwrite or delete each other's file.
 */
export async function issueCertificate(options: {
  prisma: PrismaClient;
  issuer: Issuer;
  applicationId: string;
  action: Extract<CertificateAction, 'approve' | 'issue'>;
  version?: number;
  actor: Actor;
}): Promise<void> {
  const { prisma, issuer, applicationId, actor } = options;
  const rule = CERTIFICATE_WORKFLOW.transitions[options.action];
  const application = await findApplication(prisma, applicationId);
  const stale = () =>
    conflict('该申请不在待审核状态，可能已被其他审核人员处理或已撤回，请刷新后查看');
  if (!canApply(CERTIFICATE_WORKFLOW, options.action, application.state)) throw stale();
  if (options.version !== undefined && options.version !== application.version) throw stale();
  const type = await prisma.certificateType.findUniqueOrThrow({
    where: { id: application.typeId },
  });
  const associationName = await associationNameOf(prisma);
  const issuedAt = new Date();
  const expiresAt = new Date(issuedAt.getTime() + type.validityDays * DAY_MS);
  const number = certificateNumberOf(application, issuedAt);
  const issued = { number, issuedAt, expiresAt };
  const values = placeholderValuesOf(
    { ...application, certificate: { ...issued } as never },
    associationName,
  );
  const bytes = await signedCertificate({
    issuer,
    associationName,
    template: application.template as TemplateSnapshot,
    values,
    ...issued,
  });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileKey = `certificates/${application.id}/${number.toLowerCase()}-${randomUUID()}.pdf`;
  await issuer.storage.put(fileKey, bytes, 'application/pdf');
  try {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.certificateApplication.updateMany({
        where: {
          id: applicationId,
          state: { in: [...rule.from] },
          ...(options.version !== undefined ? { version: options.version } : {}),
        },
        data: {
          state: rule.to,
          version: { increment: 1 },
          reviewedAt: issuedAt,
          reviewerId: actor.accountId,
        },
      });
      if (count === 0) throw stale();
      await tx.certificate.create({
        data: {
          applicationId,
          number,
          typeName: type.name,
          holderName: (application.applicant as { name: string }).name,
          issuedAt,
          expiresAt,
          fileKey,
          sha256,
        },
      });
      // Issued here, so the automatic-issue job (if any) has nothing left to do.
      await tx.job.updateMany({
        where: { idempotencyKey: automaticIssueJobKeyOf(applicationId), state: 'PENDING' },
        data: { state: 'DONE', doneAt: issuedAt },
      });
      await recordAudit(tx, actor, {
        action: 'certificate.approve',
        entityType: 'CertificateApplication',
        entityId: applicationId,
        before: { state: application.state },
        after: { state: rule.to, number, sha256 },
      });
      await notifyResult(
        tx,
        application.accountId,
        resultNotices.certificateIssued({
          typeName: type.name,
          number,
          expires: chineseDate(expiresAt),
          link: `/certificates/${applicationId}`,
        }),
      );
    });
  } catch (error) {
    await issuer.storage.delete(fileKey);
    throw error;
  }
}
