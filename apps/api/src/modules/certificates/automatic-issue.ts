import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { enqueueJob } from '../outbox/enqueue-job.ts';
import { automaticIssueJobKeyOf, issueCertificate, type Issuer } from './issue-certificate.ts';

export const AUTOMATIC_ISSUE_JOB = 'certificate.issue';
export const automaticReviewer: Actor = { accountId: null, name: '系统自动审核' };

/**
 * The request that submits an automatic application issues it at once; its outbox job is the
 * backstop, due after this delay, for a process that died (or failed) before issuing. Long enough
 * that the job does not race the request it backs up; short enough that a crash costs the
 * applicant about a minute.
 */
const BACKSTOP_DELAY_MS = 60_000;

type Tx = Pick<Prisma.TransactionClient, 'job'>;

/** Queues the automatic issue in the transaction that creates the application. */
export async function queueAutomaticIssue(
  tx: Tx,
  applicationId: string,
  runAt = new Date(Date.now() + BACKSTOP_DELAY_MS),
) {
  await enqueueJob(tx, {
    kind: AUTOMATIC_ISSUE_JOB,
    payload: { applicationId },
    idempotencyKey: automaticIssueJobKeyOf(applicationId),
    runAt,
  });
}

/**
 * The job: issues the application if it is still pending. Already decided (issued by the request
 * or another worker, withdrawn, rejected by a reviewer) is done, not an error; issueCertificate's
 * conditional update makes two issuers at once end with one certificate.
 */
export async function issueAutomatically(options: {
  prisma: PrismaClient;
  issuer: Issuer;
  applicationId: string;
}): Promise<void> {
  const { prisma, issuer, applicationId } = options;
  const row = await prisma.certificateApplication.findUnique({
    where: { id: applicationId },
    select: { state: true },
  });
  if (row?.state !== 'PENDING') return;
  try {
    await issueCertificate({
      prisma,
      issuer,
      applicationId,
      action: 'issue',
      actor: automaticReviewer,
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CONFLICT') return;
    throw error;
  }
}

/**
 * Sweeper: pending applications of an automatic type that have no issue job get one, due now.
 * They were made before issuing became a job, by a process killed before it issued them. Only
 * applications older than the backstop delay: a request still issuing is left alone. The
 * idempotency key makes two processes sweeping at once queue one job.
 */
export async function requeueStrandedAutomaticIssues(prisma: PrismaClient): Promise<number> {
  const stranded = await prisma.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "CertificateApplication" a
    JOIN "CertificateType" t ON t.id = a."typeId"
    WHERE a.state = 'PENDING' AND t."reviewMode" = 'AUTOMATIC'
      AND a."createdAt" < now() - make_interval(secs => ${BACKSTOP_DELAY_MS / 1000})
      AND NOT EXISTS (
        SELECT 1 FROM "Job" j WHERE j."idempotencyKey" = ${automaticIssueJobKeyOf('')} || a.id::text
      )
    ORDER BY a."createdAt"
    LIMIT 500`;
  for (const { id } of stranded) await queueAutomaticIssue(prisma, id, new Date());
  return stranded.length;
}
