import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Storage } from '../../lib/storage.ts';
import { enqueueJob } from '../outbox/enqueue-job.ts';

type Tx = Pick<Prisma.TransactionClient, 'job' | 'mailMessage'>;
export type MailAttachment = { filename: string; key: string; contentType: string };

/** Records a message and queues its delivery, in the caller's transaction. */
export async function queueMail(
  tx: Tx,
  mail: {
    to: string;
    subject: string;
    text: string;
    purpose: string;
    attachments?: MailAttachment[];
    accountId?: string | null;
  },
): Promise<string> {
  const message = await tx.mailMessage.create({
    data: {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      purpose: mail.purpose,
      attachments: mail.attachments ?? [],
      accountId: mail.accountId ?? null,
    },
  });
  await enqueueJob(tx, {
    kind: 'mail.send',
    payload: { mailId: message.id },
    idempotencyKey: `mail:${message.id}`,
  });
  return message.id;
}

export type Mailer = {
  transport: 'smtp' | 'file';
  from: string;
  smtpUrl?: string;
  mailDir: string;
};

/**
 * Sends one queued message, once: SMTP when configured, else an .eml file under the mail
 * directory. A message already sent is not sent again when its job is replayed.
 */
export async function deliverMail(
  prisma: PrismaClient,
  storage: Storage,
  mailer: Mailer,
  mailId: string,
): Promise<void> {
  const message = await prisma.mailMessage.findUnique({ where: { id: mailId } });
  if (!message || message.sentAt) return;
  const attachments = await Promise.all(
    (message.attachments as MailAttachment[]).map(async (a) => {
      const content = await storage.get(a.key);
      if (!content) throw new Error(`attachment missing: ${a.key}`);
      return { filename: a.filename, content, contentType: a.contentType };
    }),
  );
  const envelope = {
    from: mailer.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    attachments,
    messageId: `<${message.id}@lawyers-association.local>`,
  };
  if (mailer.transport === 'smtp' && mailer.smtpUrl) {
    await nodemailer.createTransport(mailer.smtpUrl).sendMail(envelope);
  } else {
    const info = await nodemailer
      .createTransport({ streamTransport: true, buffer: true })
      .sendMail(envelope);
    await mkdir(mailer.mailDir, { recursive: true });
    const stamp = message.createdAt.toISOString().replace(/[:.]/g, '-');
    await writeFile(
      path.join(mailer.mailDir, `${stamp}-${message.id}.eml`),
      info.message as Buffer,
    );
  }
  await prisma.mailMessage.updateMany({
    where: { id: mailId, sentAt: null },
    data: { sentAt: new Date(), transport: mailer.transport },
  });
}

export function mailerOf(config: {
  smtpUrl: string | undefined;
  mailFrom: string;
  dataDir: string;
}): Mailer {
  return {
    transport: config.smtpUrl ? 'smtp' : 'file',
    from: config.mailFrom,
    ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
    mailDir: path.join(config.dataDir, 'mail'),
  };
}
