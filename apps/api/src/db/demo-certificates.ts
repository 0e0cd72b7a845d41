import type { PrismaClient } from '../generated/prisma/client.ts';
import { systemActor } from '../lib/actor.ts';
import { submitCertificateApplication } from '../modules/certificates/certificate-applications.ts';
import type { Issuer } from '../modules/certificates/issue-certificate.ts';
import { DEMO_ORGANISATIONS } from './demo-data.ts';

// 广东华粤律师事务所 holds one issued certificate (an automatic type), so 我的证明, the reviewers'
// list and the public verification page have something real from the first start.
export async function seedDemoCertificates(options: { prisma: PrismaClient; issuer: Issuer }) {
  const { prisma, issuer } = options;
  const demo = DEMO_ORGANISATIONS[0]!;
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { memberNo: demo.memberNo },
  });
  const type = await prisma.certificateType.findFirstOrThrow({
    where: { name: '律师事务所执业证明' },
  });
  if (!organisation.accountId) return;
  await submitCertificateApplication({
    prisma,
    issuer,
    accountId: organisation.accountId,
    input: {
      typeId: type.id,
      values: { purpose: '律师事务所年度检查考核' },
      contactEmail: 'office@huayue-law.example.cn',
      lawyerIds: [],
      paper: { needed: false },
    },
    actor: { ...systemActor, accountId: organisation.accountId, name: demo.name },
  });
}
