import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict } from '../../lib/domain-error.ts';
import { queueMail } from '../mail/mail-outbox.ts';
import { findOwnApplication } from './certificate-records.ts';

/**
 * 发送邮箱: queues the issued PDF to the contact e-mail or another address. The click returns at
 * once; the outbox sends it (retrying, never twice).
 */
export async function mailCertificate(options: {
  prisma: PrismaClient;
  accountId: string;
  applicationId: string;
  to?: string | undefined;
  actor: Actor;
}): Promise<{ to: string }> {
  const { prisma, accountId, applicationId, actor } = options;
  return prisma.$transaction(async (tx) => {
    const row = await findOwnApplication(tx, accountId, applicationId);
    const certificate = row.certificate;
    if (row.state !== 'APPROVED' || !certificate) throw conflict('证明审核通过后才能发送到邮箱');
    if (certificate.revokedAt) throw conflict('该证明已被撤销，不能再发送');
    const to = options.to ?? row.contactEmail;
    const mailId = await queueMail(tx, {
      to,
      subject: `${certificate.typeName}（${certificate.number}）`,
      text: `您好：\n\n附件为您申请的${certificate.typeName}，证明编号 ${certificate.number}。\n收件方可扫描证明上的二维码，或在律师协会网站“电子证明验证”页面输入证明编号、上传本文件核验真伪。\n\n此邮件由系统自动发送，请勿回复。`,
      purpose: 'certificate',
      accountId,
      attachments: [
        {
          filename: `${certificate.number}.pdf`,
          key: certificate.fileKey,
          contentType: 'application/pdf',
        },
      ],
    });
    await recordAudit(tx, actor, {
      action: 'certificate.mail',
      entityType: 'CertificateApplication',
      entityId: applicationId,
      after: { to, mailId },
    });
    return { to };
  });
}
