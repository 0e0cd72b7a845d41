import { timingSafeEqual } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.ts';
import { dummyPasswordHash, INITIAL_RULE_HASH, verifyPassword } from '../../lib/passwords.ts';
import { initialPasswordOf } from './initial-password-of.ts';

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Whether the password is the account's: its argon2 hash, or for an account still on the
 * initial-password rule (INITIAL_RULE_HASH) the rule's password. Both run one argon2 check, so an
 * imported account answers as fast as any other; no account: the dummy hash, refused.
 */
export async function accountPasswordMatches(
  db: Pick<Prisma.TransactionClient, 'account'>,
  account: { id: string; passwordHash: string } | null,
  password: string,
): Promise<boolean> {
  if (account?.passwordHash !== INITIAL_RULE_HASH) {
    return verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
  }
  await verifyPassword(await dummyPasswordHash(), password);
  const initial = await initialPasswordOf(db, account.id);
  return initial !== null && sameText(initial, password);
}
