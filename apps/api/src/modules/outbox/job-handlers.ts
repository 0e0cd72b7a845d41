import type { PrismaClient } from '../../generated/prisma/client.ts';
import { deliverSms, type SmsProvider } from './sms-provider.ts';
import type { JobHandlers } from './worker.ts';

export function jobHandlers(deps: { prisma: PrismaClient; sms: SmsProvider }): JobHandlers {
  return {
    'sms.send': async (job) => {
      const { smsId } = job.payload as { smsId: string };
      await deliverSms(deps.prisma, deps.sms, smsId);
    },
  };
}
