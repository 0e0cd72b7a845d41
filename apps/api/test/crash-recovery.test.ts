import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/lib/actor.ts';
import { issueAutomatically } from '../src/modules/certificates/automatic-issue.ts';
import { submitCertificateApplication } from '../src/modules/certificates/certificate-applications.ts';
import {
  automaticIssueJobKeyOf,
  issueCertificate,
  type Issuer,
} from '../src/modules/certificates/issue-certificate.ts';
import {
  deliverMail,
  emlNameOf,
  mailerOf,
  messageIdOf,
  queueMail,
} from '../src/modules/mail/mail-outbox.ts';
import { LEASE_MS, runDueJobs } from '../src/modules/outbox/worker.ts';
import { sweepCrashLeftovers } from '../src/modules/recovery/sweeper.ts';
import { makeOrganisation } from './support/factories.ts';
import { onPostgres } from './support/test-database.ts';
import { startSmtpServer } from './support/smtp.ts';
import { startTestApp, type Started } from './support/test-app.ts';

// What a process killed mid-work leaves behind, and how the next one finishes it: each case
// writes the exact state a crash leaves, then runs the sweeper and the worker as a restarted
// process would.
let t: Started;
let typeId: string;
beforeAll(async () => {
  t = await startTestApp();
  typeId = (
    await t.prisma.certificateType.findFirstOrThrow({ where: { name: '律师事务所执业证明' } })
  ).id;
});
afterAll(() => t.close());

/** An issuer whose process "dies" while rendering: nothing is stored, nothing is approved. */
const dyingIssuer = (): Issuer => ({
  ...t.app.certificateIssuer,
  signing: () => Promise.reject(new Error('killed while signing')),
});

/** A firm submits an automatic application, and the process dies before issuing it. */
async function applicationLeftPending() {
  const firm = await makeOrganisation(t.prisma, { mustChangePassword: false });
  const id = await submitCertificateApplication({
    prisma: t.prisma,
    issuer: dyingIssuer(),
    accountId: firm.account.id,
    input: {
      typeId,
      values: { purpose: '参加政府采购投标' },
      contactEmail: 'office@firm.example.cn',
      lawyerIds: [],
      paper: { needed: false },
    },
    actor: { ...systemActor, accountId: firm.account.id },
  });
  return id;
}

const issueJobOf = (id: string) =>
  t.prisma.job.findUnique({ where: { idempotencyKey: automaticIssueJobKeyOf(id) } });

/** Exactly one certificate, exactly one stored file, and it is the file the row describes. */
async function expectIssuedOnce(id: string) {
  const row = await t.prisma.certificateApplication.findUniqueOrThrow({
    where: { id },
    include: { certificate: true },
  });
  expect(row.state).toBe('APPROVED');
  expect(await t.prisma.certificate.count({ where: { applicationId: id } })).toBe(1);
  const files = await readdir(path.join(t.dataDir, 'files', 'certificates', id));
  expect(files).toHaveLength(1);
  const bytes = await t.app.storage.get(row.certificate!.fileKey);
  expect(bytes).not.toBeNull();
  expect(createHash('sha256').update(bytes!).digest('hex')).toBe(row.certificate!.sha256);
}

describe('automatic certificates after a crash', () => {
  it('the application and its issue job are written together; the job issues it once', async () => {
    const id = await applicationLeftPending();
    expect((await t.prisma.certificateApplication.findUniqueOrThrow({ where: { id } })).state).toBe(
      'PENDING',
    );
    const job = await issueJobOf(id);
    expect(job).toMatchObject({ state: 'PENDING', kind: 'certificate.issue' });
    // a backstop: not due while the request that queued it may still be issuing
    expect(job!.runAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    await runDueJobs(t.prisma, t.jobHandlers);
    expect((await issueJobOf(id))!.state).toBe('PENDING');

    await t.prisma.job.update({ where: { id: job!.id }, data: { runAt: new Date() } });
    expect(await runDueJobs(t.prisma, t.jobHandlers)).toEqual({ done: 1, failed: 0 });
    await expectIssuedOnce(id);
    expect((await issueJobOf(id))!.state).toBe('DONE');
    expect(await runDueJobs(t.prisma, t.jobHandlers)).toEqual({ done: 0, failed: 0 });
    await expectIssuedOnce(id);
  });

  it('an application issued by its request closes its job in the same transaction', async () => {
    const id = await applicationLeftPending();
    await issueCertificate({
      prisma: t.prisma,
      issuer: t.app.certificateIssuer,
      applicationId: id,
      action: 'issue',
      actor: systemActor,
    });
    expect((await issueJobOf(id))!.state).toBe('DONE');
    await expectIssuedOnce(id);
  });

  it('a worker that died while issuing: the job is reclaimed after its lease and issues once', async () => {
    const id = await applicationLeftPending();
    await t.prisma.job.update({
      where: { idempotencyKey: automaticIssueJobKeyOf(id) },
      data: {
        state: 'RUNNING',
        attempts: 1,
        runAt: new Date(Date.now() - 2 * 60_000),
        lockedAt: new Date(Date.now() - LEASE_MS - 1000),
      },
    });
    expect(await runDueJobs(t.prisma, t.jobHandlers)).toEqual({ done: 1, failed: 0 });
    await expectIssuedOnce(id);
  });

  it('a pending application with no job (left before issuing was a job) is re-driven by the sweeper', async () => {
    const stranded = await applicationLeftPending();
    const fresh = await applicationLeftPending();
    await t.prisma.job.deleteMany({
      where: { idempotencyKey: { in: [stranded, fresh].map(automaticIssueJobKeyOf) } },
    });
    await t.prisma.certificateApplication.update({
      where: { id: stranded },
      data: { createdAt: new Date(Date.now() - 5 * 60_000) },
    });
    expect(await sweepCrashLeftovers(t.prisma)).toMatchObject({ automaticIssuesQueued: 1 });
    // the second sweep (or another process's) finds the job and queues nothing
    expect(await sweepCrashLeftovers(t.prisma)).toMatchObject({ automaticIssuesQueued: 0 });
    // a just-made application may still be being issued by its request: left alone
    expect(await issueJobOf(fresh)).toBeNull();
    expect(await runDueJobs(t.prisma, t.jobHandlers)).toEqual({ done: 1, failed: 0 });
    await expectIssuedOnce(stranded);
  });

  it('the job finds a decided application (withdrawn, or approved by a reviewer) and does nothing', async () => {
    const id = await applicationLeftPending();
    await t.prisma.certificateApplication.update({ where: { id }, data: { state: 'WITHDRAWN' } });
    await t.prisma.job.update({
      where: { idempotencyKey: automaticIssueJobKeyOf(id) },
      data: { runAt: new Date() },
    });
    expect(await runDueJobs(t.prisma, t.jobHandlers)).toEqual({ done: 1, failed: 0 });
    expect(await t.prisma.certificate.count({ where: { applicationId: id } })).toBe(0);
    expect((await t.prisma.certificateApplication.findUniqueOrThrow({ where: { id } })).state).toBe(
      'WITHDRAWN',
    );
  });

  it('two issuers of one application at once (the request and its job): one certificate, its file intact', async () => {
    for (let i = 0; i < 3; i++) {
      const id = await applicationLeftPending();
      const results = await Promise.allSettled([
        issueAutomatically({
          prisma: t.prisma,
          issuer: t.app.certificateIssuer,
          applicationId: id,
        }),
        issueCertificate({
          prisma: t.prisma,
          issuer: t.app.certificateIssuer,
          applicationId: id,
          action: 'issue',
          actor: systemActor,
        }),
      ]);
      // the job treats losing the race as done; the request is told it lost
      expect(results[0].status).toBe('fulfilled');
      await expectIssuedOnce(id);
    }
  });

  it.runIf(onPostgres())(
    'two processes sweeping and working at once: each stranded application gets one certificate',
    async () => {
      const ids = [];
      for (let i = 0; i < 6; i++) ids.push(await applicationLeftPending());
      await t.prisma.job.deleteMany({
        where: { idempotencyKey: { in: ids.map(automaticIssueJobKeyOf) } },
      });
      await t.prisma.certificateApplication.updateMany({
        where: { id: { in: ids } },
        data: { createdAt: new Date(Date.now() - 5 * 60_000) },
      });
      const sweeps = await Promise.all([1, 2, 3].map(() => sweepCrashLeftovers(t.prisma)));
      expect(sweeps.reduce((n, s) => n + s.automaticIssuesQueued, 0)).toBeGreaterThanOrEqual(6);
      expect(
        await t.prisma.job.count({
          where: { idempotencyKey: { in: ids.map(automaticIssueJobKeyOf) } },
        }),
      ).toBe(6);
      const runs = await Promise.all([1, 2, 3].map(() => runDueJobs(t.prisma, t.jobHandlers)));
      expect(runs.reduce((n, r) => n + r.done, 0)).toBe(6);
      for (const id of ids) await expectIssuedOnce(id);
    },
  );
});

/** A queued message with an attachment, so it is multipart (a boundary) and has a Date. */
async function queuedMail(subject: string) {
  const key = `test/${randomUUID()}.txt`;
  await t.app.storage.put(key, Buffer.from('附件内容'), 'text/plain');
  return t.prisma.$transaction((tx) =>
    queueMail(tx, {
      to: 'tender@buyer.example.cn',
      subject,
      text: '您好：\n\n这是一封测试邮件。',
      purpose: 'test',
      attachments: [{ filename: '附件.txt', key, contentType: 'text/plain' }],
    }),
  );
}

describe('mail after a crash', () => {
  it('the Message-ID comes from the message and the sender’s domain', () => {
    expect(messageIdOf('abc', '律师协会 <noreply@lawyers.example.cn>')).toBe(
      '<abc@lawyers.example.cn>',
    );
    expect(messageIdOf('abc', 'noreply@lawyers-association.local')).toBe(
      '<abc@lawyers-association.local>',
    );
  });

  it('a message whose .eml was written before the crash is not written again: one file, the same bytes', async () => {
    const mailer = mailerOf(t.config);
    const mailId = await queuedMail('崩溃前已写出的邮件');
    const message = await t.prisma.mailMessage.findUniqueOrThrow({ where: { id: mailId } });
    await deliverMail(t.prisma, t.app.storage, mailer, mailId);
    const file = path.join(mailer.mailDir, emlNameOf(message));
    const written = await readFile(file);
    // the crash: the file exists, the row was never marked and the job is still held
    await t.prisma.mailMessage.update({
      where: { id: mailId },
      data: { sentAt: null, transport: null },
    });
    await t.prisma.job.update({
      where: { idempotencyKey: `mail:${mailId}` },
      data: { state: 'RUNNING', attempts: 1, lockedAt: new Date(Date.now() - LEASE_MS - 1000) },
    });
    expect(await runDueJobs(t.prisma, t.jobHandlers)).toEqual({ done: 1, failed: 0 });
    expect((await readdir(mailer.mailDir)).filter((f) => f.includes(mailId))).toEqual([
      emlNameOf(message),
    ]);
    expect((await readFile(file)).equals(written)).toBe(true);
    const parsed = await simpleParser(written);
    expect(parsed.messageId).toBe(messageIdOf(mailId, mailer.from));
    expect(await t.prisma.mailMessage.findUniqueOrThrow({ where: { id: mailId } })).toMatchObject({
      transport: 'file',
      sentAt: expect.any(Date),
    });
  });

  it('a half-written .eml (killed mid-write) is completed by the retry, and no temporary file stays', async () => {
    const mailer = mailerOf(t.config);
    const mailId = await queuedMail('写到一半的邮件');
    const message = await t.prisma.mailMessage.findUniqueOrThrow({ where: { id: mailId } });
    const file = path.join(mailer.mailDir, emlNameOf(message));
    await mkdir(mailer.mailDir, { recursive: true });
    await writeFile(`${file}.tmp`, 'Subject: trunc');
    await deliverMail(t.prisma, t.app.storage, mailer, mailId);
    expect((await readdir(mailer.mailDir)).filter((f) => f.includes(mailId))).toEqual([
      emlNameOf(message),
    ]);
    expect((await simpleParser(await readFile(file))).subject).toBe('写到一半的邮件');
  });

  it('SMTP: a resend after a crash between sending and marking is the same message, byte for byte', async () => {
    const smtp = await startSmtpServer();
    try {
      const mailer = mailerOf({ ...t.config, smtpUrl: smtp.url });
      const mailId = await queuedMail('发送后未标记的邮件');
      await deliverMail(t.prisma, t.app.storage, mailer, mailId);
      await t.prisma.mailMessage.update({ where: { id: mailId }, data: { sentAt: null } });
      await deliverMail(t.prisma, t.app.storage, mailer, mailId);
      await deliverMail(t.prisma, t.app.storage, mailer, mailId);
      // at least once, never two different messages: the receiver sees one Message-ID
      expect(smtp.received).toHaveLength(2);
      expect(smtp.received[1]!.equals(smtp.received[0]!)).toBe(true);
      expect((await simpleParser(smtp.received[0]!)).messageId).toBe(
        messageIdOf(mailId, mailer.from),
      );
    } finally {
      smtp.close();
    }
  });
});
