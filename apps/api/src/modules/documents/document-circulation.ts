import {
  categoryTargetLabel,
  CIRCULATION_KIND_LABELS,
  type CirculationTarget,
} from '@lx/shared/document-schemas';
import type { Prisma } from '../../generated/prisma/client.ts';
import { DomainError } from '../../lib/domain-error.ts';

type Tx = Prisma.TransactionClient;

const unknownTarget = (index: number, message: string) =>
  new DomainError('VALIDATION', message, { [`circulation.${index}`]: message });

/**
 * The rows of a document's 传阅对象, in the clerk's order, each with the label the panel shows:
 * 全部律师, 全部法律援助律师, the organisation's, group's or person's name (read now, so that a
 * later rename does not change what was circulated). An organisation, group or person that does
 * not exist is refused on its field.
 */
export async function targetRows(
  tx: Tx,
  documentId: string,
  targets: readonly CirculationTarget[],
): Promise<Prisma.CirculationTargetCreateManyInput[]> {
  const ids = (kind: CirculationTarget['kind']) =>
    targets.flatMap((t) =>
      t.kind !== kind
        ? []
        : [t.kind === 'ORGANISATION' ? t.organisationId : t.kind === 'GROUP' ? t.groupId : ''],
    );
  const people = targets.flatMap((t) => (t.kind === 'MEMBER' ? [t.accountId] : []));
  const [organisations, groups, accounts] = await Promise.all([
    tx.organisation.findMany({
      where: { id: { in: ids('ORGANISATION') } },
      select: { id: true, name: true },
    }),
    tx.circulationGroup.findMany({
      where: { id: { in: ids('GROUP') } },
      select: { id: true, name: true },
    }),
    tx.account.findMany({
      where: { id: { in: people }, kind: { in: ['LAWYER', 'ORGANISATION'] } },
      select: { id: true, displayName: true },
    }),
  ]);
  const name = new Map([...organisations, ...groups].map((r) => [r.id, r.name]));
  const person = new Map(accounts.map((a) => [a.id, a.displayName]));
  return targets.map((t, position) => {
    const base = { documentId, position, kind: t.kind };
    switch (t.kind) {
      case 'PRACTICE_CATEGORY':
        return { ...base, category: t.category, label: categoryTargetLabel(t.category) };
      case 'ORGANISATION': {
        const label = name.get(t.organisationId);
        if (!label) throw unknownTarget(position, '所选机构不存在');
        return { ...base, organisationId: t.organisationId, label: `${label}全体人员` };
      }
      case 'GROUP': {
        const label = name.get(t.groupId);
        if (!label) throw unknownTarget(position, '所选传阅组不存在');
        return { ...base, groupId: t.groupId, label };
      }
      case 'MEMBER': {
        const label = person.get(t.accountId);
        if (!label) throw unknownTarget(position, '所选人员不存在');
        return { ...base, accountId: t.accountId, label };
      }
      default:
        return { ...base, label: CIRCULATION_KIND_LABELS[t.kind] };
    }
  });
}

/**
 * Resolves the document's targets into its recipients, in one set-based statement however many
 * lawyers a target reaches (全部律师 is 30,000): practising lawyers with an account for the
 * lawyer targets (all, a category, the heads of law firms, an organisation's lawyers), the
 * organisation's own account, a group's members, named people. A person reached twice is one
 * recipient, through the first target in the clerk's order. Returns how many there are.
 */
export async function resolveRecipients(tx: Tx, documentId: string, now: Date): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "DocumentRecipient" ("documentId", "accountId", "targetId", "createdAt")
    SELECT DISTINCT ON (r."accountId") ${documentId}::uuid, r."accountId", r."targetId", ${now}
    FROM (
      SELECT t.id AS "targetId", t.position, l."accountId"
      FROM "CirculationTarget" t
      JOIN "Lawyer" l ON l."accountId" IS NOT NULL AND l.status = 'PRACTISING' AND (
        t.kind = 'ALL_LAWYERS'
        OR (t.kind = 'PRACTICE_CATEGORY' AND l."practiceCategory" = t.category)
        OR (t.kind = 'ORGANISATION' AND l."organisationId" = t."organisationId")
        OR (t.kind = 'FIRM_HEADS' AND l."organisationRole" = 'HEAD' AND EXISTS (
          SELECT 1 FROM "Organisation" o WHERE o.id = l."organisationId" AND o.kind = 'LAW_FIRM')))
      WHERE t."documentId" = ${documentId}::uuid
        AND t.kind IN ('ALL_LAWYERS', 'PRACTICE_CATEGORY', 'ORGANISATION', 'FIRM_HEADS')
      UNION ALL
      SELECT t.id, t.position, o."accountId"
      FROM "CirculationTarget" t JOIN "Organisation" o ON o.id = t."organisationId"
      WHERE t."documentId" = ${documentId}::uuid AND t.kind = 'ORGANISATION'
        AND o."accountId" IS NOT NULL
      UNION ALL
      SELECT t.id, t.position, m."accountId"
      FROM "CirculationTarget" t JOIN "CirculationGroupMember" m ON m."groupId" = t."groupId"
      WHERE t."documentId" = ${documentId}::uuid AND t.kind = 'GROUP'
      UNION ALL
      SELECT t.id, t.position, t."accountId"
      FROM "CirculationTarget" t
      WHERE t."documentId" = ${documentId}::uuid AND t.kind = 'MEMBER'
    ) r
    ORDER BY r."accountId", r.position`;
}
