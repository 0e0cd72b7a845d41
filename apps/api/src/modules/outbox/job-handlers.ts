import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Storage } from '../../lib/storage.ts';
import { PASSWORD_RESET_JOB, sendPasswordResetCode } from '../auth/reset-password.ts';
import { AUTOMATIC_ISSUE_JOB, issueAutomatically } from '../certificates/automatic-issue.ts';
import type { Issuer } from '../certificates/issue-certificate.ts';
import { deliverMail, type Mailer } from '../mail/mail-outbox.ts';
import { deliverSms, type SmsProvider } from './sms-provider.ts';
import type { JobHandlers } from './worker.ts';

export function jobHandlers(deps: {
  prisma: PrismaClient;
  sms: SmsProvider;
  storage: Storage;
  mailer: Mailer;
  issuer: Issuer;
}): JobHandlers {
  return {
    'sms.send': async (job) => {
      const { smsId } = job.payload as { smsId: string };
      await deliverSms(deps.prisma, deps.sms, smsId);
    },
    [PASSWORD_RESET_JOB]: async (job) => {
      const { login, requestId, ip } = job.payload as {
        login: string;
        requestId: string | null;
        ip: string | null;
      };
      await sendPasswordResetCode({
        prisma: deps.prisma,
        login,
        actor: {
          accountId: null,
          name: '匿名',
          requestId: requestId ?? undefined,
          ip: ip ?? undefined,
        },
      });
    },
    'mail.send': async (job) => {
      const { mailId } = job.payload as { mailId: string };
      await deliverMail(deps.prisma, deps.storage, deps.mailer, mailId);
    },
    [AUTOMATIC_ISSUE_JOB]: async (job) => {
      const { applicationId } = job.payload as { applicationId: string };
      await issueAutomatically({ prisma: deps.prisma, issuer: deps.issuer, applicationId });
    },
  };
}
