import { FORWARD_CARD_ACTIONS } from '@lx/shared/card-schemas';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { systemActor } from '../lib/actor.ts';
import type { Storage } from '../lib/storage.ts';
import { applyForCard, transitionCardApplication } from '../modules/cards/card-applications.ts';
import { DEMO_LAWYERS } from './demo-data.ts';

// Cards for the two demo lawyers with complete profiles, through the same services: 韩冰 holds a
// card collected from a first application, 谢宏伟's first application waits for the card officer.
export async function seedDemoCards(options: { prisma: PrismaClient; storage: Storage }) {
  const { prisma, storage } = options;
  const officerAccount = await prisma.account.findUniqueOrThrow({
    where: { username: 'card.officer' },
  });
  const officer = { accountId: officerAccount.id, name: officerAccount.displayName };
  for (const [index, collected] of [
    [21, true],
    [20, false],
  ] as const) {
    const demo = DEMO_LAWYERS[index]!;
    const lawyer = await prisma.lawyer.findUniqueOrThrow({ where: { idNo: demo.idNo } });
    const { id: applicationId } = await applyForCard({
      prisma,
      storage,
      lawyerId: lawyer.id,
      input: { kind: 'FIRST', photo: 'profile', confirmed: true },
      actor: { ...systemActor, accountId: lawyer.accountId, name: demo.name },
    });
    if (!collected) continue;
    for (const action of FORWARD_CARD_ACTIONS) {
      await transitionCardApplication({ prisma, applicationId, action, actor: officer });
    }
  }
}
