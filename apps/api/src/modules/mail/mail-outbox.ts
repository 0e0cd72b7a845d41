import { access, mkdir, rename, writeFile } from 'node:fs/promises';
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

type StoredMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments: unknown;
  createdAt: Date;
};

/**
 * The message's Message-ID: derived from its row id (and the sender's domain), so every attempt
 * to send one message carries the same identity and a resend after a crash is recognisable.
 */
export function messageIdOf(mailId: string, from: string): string {
  const domain = /@([^\s>]+)/.exec(from)?.[1] ?? 'localhost';
  return `<${mailId}@${domain}>`;
}

/** The .eml file of a message (file transport): one name per message, whatever the attempt. */
export const emlNameOf = (message: { id: string; createdAt: Date }) =>
  `${message.createdAt.toISOString().replace(/[:.]/g, '-')}-${message.id}.eml`;

/**
 * The message as bytes, the same bytes on every attempt: Date is when it was queued, the
 * Message-ID and the MIME boundary come from its id, the attachments are stored files that do not
 * change. A resend is therefore the same message, never a second, different one.
 */
async function renderMail(storage: Storage, from: string, message: StoredMessage): Promise<Buffer> {
  const attachments = await Promise.all(
    (message.attachments as MailAttachment[]).map(async (a) => {
      const content = await storage.get(a.key);
      if (!content) throw new Error(`attachment missing: ${a.key}`);
      return { filename: a.filename, content, contentType: a.contentType };
    }),
  );
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail({
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    attachments,
    date: message.createdAt,
    messageId: messageIdOf(message.id, from),
    baseBoundary: message.id.replace(/-/g, ''),
  });
  return info.message as Buffer;
}

/**
 * Sends one queued message: SMTP when configured, else an .eml file under the mail directory.
 * A message marked sent is not sent again when its job is replayed.
 *
 * What a crash can do, and why this order (docs/decisions/005-crash-recovery.md):
 * - File transport: exactly once. The file is written under a temporary name and renamed, so it
 *   exists whole or not at all; its existence is the delivery. A replay after a crash between the
 *   rename and the mark finds the file and only marks the row.
 * - SMTP: at least once, never two different messages. SMTP has no idempotency key: a crash after
 *   the server accepted the message but before the row is marked cannot be told apart from a
 *   crash before sending. Marking first (at most once) would lose a reset code or a certificate in
 *   that window; sending again delivers the same bytes with the same Message-ID, which receiving
 *   systems and mail clients treat as one message. The window is one database write, and the
 *   worker's lease heartbeat keeps a second live worker from sending while the first still is.
 */
export async function deliverMail(
  prisma: PrismaClient,
  storage: Storage,
  mailer: Mailer,
  mailId: string,
): Promise<void> {
  const message = await prisma.mailMessage.findUnique({ where: { id: mailId } });
  if (!message || message.sentAt) return;
  if (mailer.transport === 'smtp' && mailer.smtpUrl) {
    const raw = await renderMail(storage, mailer.from, message);
    await nodemailer
      .createTransport(mailer.smtpUrl)
      .sendMail({ envelope: { from: mailer.from, to: message.to }, raw });
  } else {
    const file = path.join(mailer.mailDir, emlNameOf(message));
    if (!(await exists(file))) {
      const raw = await renderMail(storage, mailer.from, message);
      await mkdir(mailer.mailDir, { recursive: true });
      // One temporary name per message: a retry overwrites a half-written one, never adds another.
      await writeFile(`${file}.tmp`, raw);
      await rename(`${file}.tmp`, file);
    }
  }
  await prisma.mailMessage.updateMany({
    where: { id: mailId, sentAt: null },
    data: { sentAt: new Date(), transport: mailer.transport },
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
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
