import { Prisma } from '../../generated/prisma/client.ts';
import { notifyAudience, type AudienceNotice } from '../notifications/notify-audience.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/**
 * Tells the registrants of these registrations something, in-app and by SMS through the outbox,
 * in the caller's transaction, set-based however many people it concerns (an event of 3,000
 * cancelled is not 9,000 round trips). The SMS goes to the mobile given on the registration
 * form; `purpose` names it in the outbox list (活动通知, 候补通知…).
 */
export async function notifyRegistrants(
  tx: Db,
  notice: AudienceNotice & { registrationIds: readonly string[] },
): Promise<void> {
  if (notice.registrationIds.length === 0) return;
  const ids = Prisma.sql`ARRAY[${Prisma.join(notice.registrationIds.map((id) => Prisma.sql`${id}::uuid`))}]`;
  await notifyAudience(
    tx,
    Prisma.sql`SELECT r."accountId", r.mobile FROM "EventRegistration" r WHERE r.id = ANY(${ids})`,
    notice,
  );
}
