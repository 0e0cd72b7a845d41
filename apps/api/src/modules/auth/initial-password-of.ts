import { initialPassword } from '@lx/shared/initial-password';
import type { Prisma } from '../../generated/prisma/client.ts';

type Db = Pick<Prisma.TransactionClient, 'account'>;

/** The account's SPEC §1 initial password, or null for staff (theirs is set by an administrator). */
export async function initialPasswordOf(db: Db, accountId: string): Promise<string | null> {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: {
      lawyer: { select: { idNo: true } },
      organisation: { select: { kind: true, licenceNo: true } },
    },
  });
  if (account?.lawyer) return initialPassword({ kind: 'LAWYER', idNo: account.lawyer.idNo });
  if (account?.organisation) {
    return initialPassword({
      kind: 'ORGANISATION',
      organisationKind: account.organisation.kind,
      licenceNo: account.organisation.licenceNo,
    });
  }
  return null;
}
