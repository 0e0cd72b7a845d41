import { formatDate } from '@lx/shared/dates';
import type { CirculationTarget } from '@lx/shared/document-schemas';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { createDocument, publishDocument } from '../modules/documents/document-management.ts';
import { DEMO_LAWYERS, DEMO_STAFF } from './demo-data.ts';

const DAY = 24 * 3600_000;

// 我的公文 at first start; the README says which account sees what (孙静 is DEMO_LAWYERS[9],
// 谢宏伟 DEMO_LAWYERS[20]).
export async function seedDemoDocuments(options: { prisma: PrismaClient; now?: Date }) {
  const { prisma } = options;
  const now = (options.now ?? new Date()).getTime();
  const day = (days: number) => formatDate(new Date(now + days * DAY));
  const clerkLogin = DEMO_STAFF.find((s) => s.roles.includes('DOCUMENTS_CLERK'))!.username;
  const clerk = await prisma.account.findFirstOrThrow({ where: { username: clerkLogin } });
  const actor = { accountId: clerk.id, name: clerk.displayName };
  const accountOf = async (index: number) =>
    (await prisma.lawyer.findUniqueOrThrow({ where: { idNo: DEMO_LAWYERS[index]!.idNo } }))
      .accountId!;
  const [chen, zhou, sun, xie] = await Promise.all([0, 6, 9, 20].map(accountOf));

  await prisma.circulationGroup.create({
    data: {
      name: '各级律师协会理事',
      description: '市律师协会理事会成员',
      members: { create: [{ accountId: chen! }, { accountId: zhou! }] },
    },
  });

  const compose = async (
    number: string,
    title: string,
    body: string,
    circulation: CirculationTarget[],
    extra: { readBy?: string; secrecy?: 'PUBLIC' | 'INTERNAL' } = {},
  ) =>
    createDocument({
      prisma,
      actor,
      input: {
        number,
        issuer: '东江市律师协会',
        issuedOn: day(-3),
        receivedOn: day(-2),
        secrecy: extra.secrecy ?? 'INTERNAL',
        title,
        subjectWords: title.replace(/^关于/, '').slice(0, 20),
        body,
        readBy: extra.readBy,
        circulation,
      },
    });

  const annual = await compose(
    '东律协〔2026〕31号',
    '关于开展2026年度律师执业年度考核工作的通知',
    '各律师事务所、全体执业律师：\n根据《律师执业年度考核规则》，现就2026年度考核工作通知如下。\n一、考核对象为本市全体执业律师。\n二、请于阅读期限前完成网上自评并提交所在律师事务所。',
    [{ kind: 'ALL_LAWYERS' }],
    { readBy: day(14), secrecy: 'PUBLIC' },
  );
  await publishDocument({ prisma, actor, documentId: annual.id, version: annual.version });

  const aid = await compose(
    '东律协〔2026〕32号',
    '关于做好2026年度法律援助案件质量评估工作的通知',
    '全体法律援助律师：\n为提高法律援助案件办理质量，协会将开展年度案件质量评估。\n请各位律师整理本年度承办的法律援助案件卷宗，并在反馈中说明进度。',
    [{ kind: 'PRACTICE_CATEGORY', category: 'LEGAL_AID' }],
  );
  await publishDocument({ prisma, actor, documentId: aid.id, version: aid.version });
  // 孙静 follows it and has read it; 谢宏伟 has given feedback.
  await prisma.documentRecipient.update({
    where: { documentId_accountId: { documentId: aid.id, accountId: sun! } },
    data: { following: true, readAt: new Date(now - DAY) },
  });
  const xieAccount = await prisma.account.findUniqueOrThrow({ where: { id: xie! } });
  await prisma.documentRecipient.update({
    where: { documentId_accountId: { documentId: aid.id, accountId: xie! } },
    data: { readAt: new Date(now - DAY / 2) },
  });
  await prisma.documentFeedback.create({
    data: {
      documentId: aid.id,
      authorId: xie!,
      authorName: xieAccount.displayName,
      body: '已收到通知，本人承办的 6 件法律援助案件卷宗正在整理，预计下周提交。',
      createdAt: new Date(now - DAY / 4),
    },
  });

  await compose(
    '东律协〔2026〕33号',
    '关于举办2026年第四季度青年律师沙龙的通知',
    '各律师事务所：\n协会定于下月举办青年律师沙龙，欢迎青年律师报名参加。',
    [{ kind: 'FIRM_HEADS' }, { kind: 'MEMBER', accountId: chen! }],
  );
}
