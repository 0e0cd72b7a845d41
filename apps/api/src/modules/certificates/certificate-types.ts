import type { CertificateType, CertificateTypeInput } from '@lx/shared/certificate-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { changedFields, recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, invalid, notFound } from '../../lib/domain-error.ts';
import { toType } from './certificate-records.ts';

const dataOf = (input: CertificateTypeInput) => ({
  ...input,
  fields: input.fields as unknown as Prisma.InputJsonValue,
});

function duplicateName(error: unknown): never {
  if (isUniqueViolation(error)) throw invalid('name', '已有同名的证明类型');
  throw error;
}

/** Every type, oldest first, as the staff's type editor lists them. */
export async function listCertificateTypes(prisma: PrismaClient): Promise<CertificateType[]> {
  const rows = await prisma.certificateType.findMany({
    orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
  });
  return rows.map(toType);
}

export async function createCertificateType(options: {
  prisma: PrismaClient;
  input: CertificateTypeInput;
  actor: Actor;
}) {
  const { prisma, input, actor } = options;
  return prisma
    .$transaction(async (tx) => {
      const row = await tx.certificateType.create({ data: dataOf(input) });
      await recordAudit(tx, actor, {
        action: 'certificate-type.create',
        entityType: 'CertificateType',
        entityId: row.id,
        after: input,
      });
      return toType(row);
    })
    .catch(duplicateName);
}

/** Saves a type if nobody saved it since the editor loaded it (version). */
export async function updateCertificateType(options: {
  prisma: PrismaClient;
  id: string;
  version: number;
  input: CertificateTypeInput;
  actor: Actor;
}) {
  const { prisma, id, version, input, actor } = options;
  return prisma
    .$transaction(async (tx) => {
      const before = await tx.certificateType.findUnique({ where: { id } });
      if (!before) throw notFound('证明类型');
      const { count } = await tx.certificateType.updateMany({
        where: { id, version },
        data: { ...dataOf(input), version: { increment: 1 } },
      });
      if (count === 0) throw conflict('该证明类型已被他人修改，请刷新后再编辑');
      const after = await tx.certificateType.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, actor, {
        action: 'certificate-type.update',
        entityType: 'CertificateType',
        entityId: id,
        ...changedFields(toType(before) as never, toType(after) as never),
      });
      return toType(after);
    })
    .catch(duplicateName);
}

/** Four types an association issues most, so a new installation can start at once. */
export const DEFAULT_CERTIFICATE_TYPES: CertificateTypeInput[] = [
  {
    name: '律师事务所执业证明',
    description: '证明律师事务所依法设立、执业状态正常，并为本会团体会员。常用于投标、年检等。',
    title: '律师事务所执业证明',
    body: '兹证明{{机构名称}}（执业许可证号：{{执业许可证号}}）系经司法行政机关批准设立的律师事务所，为{{协会名称}}团体会员，现执业状态正常。\n\n本证明用于{{用途}}。\n\n特此证明。',
    fields: [{ name: 'purpose', label: '用途', kind: 'text', required: true }],
    namesLawyers: false,
    applicantKinds: ['LAW_FIRM'],
    validityDays: 180,
    reviewMode: 'AUTOMATIC',
    active: true,
  },
  {
    name: '律师执业证明',
    description:
      '证明所列律师在本机构执业、为本会个人会员。机构可为本所律师申请，律师也可为本人申请。',
    title: '律师执业证明',
    body: '兹证明{{律师名单}}在{{机构名称}}执业，系{{协会名称}}个人会员，现执业状态正常。\n\n本证明用于{{用途}}。\n\n特此证明。',
    fields: [{ name: 'purpose', label: '用途', kind: 'text', required: true }],
    namesLawyers: true,
    applicantKinds: ['LAW_FIRM', 'COMPANY_OFFICE', 'PUBLIC_OFFICE', 'LAWYER'],
    validityDays: 90,
    reviewMode: 'MANUAL',
    active: true,
  },
  {
    name: '无违规执业证明',
    description: '证明所列律师在指定期间内未受到本会行业处分。需人工核查处分记录。',
    title: '无违规执业证明',
    body: '兹证明{{律师名单}}（执业机构：{{机构名称}}）自{{起始日期}}至今，未受到{{协会名称}}行业纪律处分。\n\n本证明用于{{用途}}。\n\n特此证明。',
    fields: [
      { name: 'since', label: '起始日期', kind: 'date', required: true },
      { name: 'purpose', label: '用途', kind: 'text', required: true },
    ],
    namesLawyers: true,
    applicantKinds: ['LAW_FIRM', 'COMPANY_OFFICE', 'PUBLIC_OFFICE'],
    validityDays: 90,
    reviewMode: 'MANUAL',
    active: true,
  },
  {
    name: '会员证明',
    description: '证明申请机构为本会团体会员，已按期缴纳会费。',
    title: '会员证明',
    body: '兹证明{{机构名称}}为{{协会名称}}团体会员，已按规定缴纳本年度会费。\n\n特此证明。',
    fields: [],
    namesLawyers: false,
    applicantKinds: ['LAW_FIRM', 'COMPANY_OFFICE', 'PUBLIC_OFFICE'],
    validityDays: 365,
    reviewMode: 'AUTOMATIC',
    active: true,
  },
];

/** Adds the default types to an installation that has none (first start, and test databases). */
export async function seedCertificateTypes(prisma: PrismaClient): Promise<void> {
  if ((await prisma.certificateType.count()) > 0) return;
  // One after another, so the list keeps this order (it is sorted by creation time).
  const start = Date.now();
  await prisma.certificateType.createMany({
    data: DEFAULT_CERTIFICATE_TYPES.map((type, i) => ({
      ...dataOf(type),
      createdAt: new Date(start + i),
    })),
    skipDuplicates: true,
  });
}
