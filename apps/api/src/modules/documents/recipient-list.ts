import ExcelJS from 'exceljs';
import { formatDateTime } from '@lx/shared/dates';
import type { Recipient, RecipientPage, RecipientQuery } from '@lx/shared/document-schemas';
import { ORGANISATION_KIND_LABELS } from '@lx/shared/labels';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import { recipientOf } from './document-records.ts';

export type RecipientFilter = Omit<RecipientQuery, 'page' | 'pageSize'>;

const RECIPIENT_INCLUDE = {
  target: { select: { label: true } },
  account: {
    select: {
      displayName: true,
      lawyer: { select: { organisation: { select: { name: true } } } },
      organisation: { select: { kind: true } },
    },
  },
} as const satisfies Prisma.DocumentRecipientInclude;

type RecipientRow = Prisma.DocumentRecipientGetPayload<{ include: typeof RECIPIENT_INCLUDE }>;

// By target in the clerk's order, then by name: the panel's "传阅给：…" groups.
const ORDER = [
  { target: { position: 'asc' } },
  { account: { displayName: 'asc' } },
  { accountId: 'asc' },
] as const satisfies Prisma.DocumentRecipientOrderByWithRelationInput[];

const where = (
  documentId: string,
  filter: RecipientFilter,
): Prisma.DocumentRecipientWhereInput => ({
  documentId,
  ...(filter.target ? { targetId: filter.target } : {}),
  ...(filter.unread === 'true' ? { readAt: null } : {}),
  ...(filter.q ? { account: { displayName: { contains: filter.q, mode: 'insensitive' } } } : {}),
});

const toRecipient = (row: RecipientRow): Recipient => ({
  accountId: row.accountId,
  name: row.account.displayName,
  detail:
    row.account.lawyer?.organisation.name ??
    (row.account.organisation ? ORGANISATION_KIND_LABELS[row.account.organisation.kind] : null),
  via: row.target.label,
  readAt: row.readAt?.toISOString() ?? null,
});

/** 传阅情况: who the document reached and when each first read it, paged on the server. */
export async function findRecipientPage(
  prisma: PrismaClient,
  documentId: string,
  query: RecipientQuery,
): Promise<RecipientPage> {
  const filter = where(documentId, query);
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.documentRecipient.findMany({
        where: filter,
        include: RECIPIENT_INCLUDE,
        orderBy: [...ORDER],
        ...window,
      }),
    count: () => prisma.documentRecipient.count({ where: filter }),
  });
  return { items: rows.map(toRecipient), total, page: query.page, pageSize: query.pageSize };
}

/** The same for a recipient of it (the manual shows 传阅情况 to everyone it went to). */
export async function findMemberRecipientPage(
  prisma: PrismaClient,
  accountId: string,
  documentId: string,
  query: RecipientQuery,
): Promise<RecipientPage> {
  await recipientOf(prisma, accountId, documentId);
  return findRecipientPage(prisma, documentId, query);
}

/** 导出传阅情况: the recipients the filters select (no paging) as .xlsx with Chinese headers. */
export async function recipientWorkbook(
  prisma: PrismaClient,
  documentId: string,
  filter: RecipientFilter,
): Promise<{ bytes: Buffer; filename: string }> {
  const document = await prisma.officialDocument.findUnique({
    where: { id: documentId },
    select: { number: true, title: true },
  });
  if (!document) throw notFound('公文');
  const rows = await prisma.documentRecipient.findMany({
    where: where(documentId, filter),
    include: RECIPIENT_INCLUDE,
    orderBy: [...ORDER],
  });
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('传阅情况', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '姓名', width: 16 },
    { header: '单位', width: 30 },
    { header: '传阅给', width: 28 },
    { header: '阅读状态', width: 10 },
    { header: '首次阅读时间', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  // String cells only: names are shown, never evaluated as formulas.
  for (const row of rows.map(toRecipient))
    sheet.addRow([
      row.name,
      row.detail ?? '',
      row.via,
      row.readAt ? '已阅' : '未读',
      formatDateTime(row.readAt),
    ]);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const title = `${document.number}-${document.title}`
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .slice(0, 80);
  return { bytes, filename: `${title}-传阅情况.xlsx` };
}
