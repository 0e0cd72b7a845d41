import ExcelJS from 'exceljs';
import { formatDateTime } from '@lx/shared/dates';
import { LEAVE_STATE_LABELS, REGISTRATION_STATE_LABELS } from '@lx/shared/event-workflow';
import { GENDER_LABELS } from '@lx/shared/labels';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { REGISTRATION_INCLUDE, type RegistrationRow } from './event-records.ts';
import {
  REGISTRATION_ORDER,
  registrationWhere,
  type RegistrationFilter,
} from './registration-list.ts';

/** The columns of the export, in the order of the manual's registration form. */
const COLUMNS: { header: string; width: number; value: (row: RegistrationRow) => string }[] = [
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '性别', width: 6, value: (r) => GENDER_LABELS[r.gender] },
  { header: '工作单位', width: 30, value: (r) => r.workplace },
  { header: '工作职务', width: 14, value: (r) => r.position ?? '' },
  { header: '联系电话', width: 16, value: (r) => r.phone ?? '' },
  { header: '手机号码', width: 14, value: (r) => r.mobile },
  { header: '电子邮箱', width: 24, value: (r) => r.email },
  { header: '执业证号', width: 20, value: (r) => r.lawyer.licenceNo ?? '' },
  { header: '报名人', width: 24, value: (r) => r.account.displayName },
  { header: '状态', width: 10, value: (r) => REGISTRATION_STATE_LABELS[r.state] },
  { header: '报名时间', width: 18, value: (r) => formatDateTime(r.createdAt) },
  { header: '签到时间', width: 18, value: (r) => formatDateTime(r.attendedAt) },
  { header: '请假原因', width: 30, value: leaveText },
];

/** 身体原因：detail（已批准）, from the latest leave request. */
function leaveText(row: RegistrationRow): string {
  const leave = row.leaves[0];
  if (!leave) return '';
  return `${leave.reason}${leave.detail ? `：${leave.detail}` : ''}（${LEAVE_STATE_LABELS[leave.state]}）`;
}

/**
 * 导出报名名单: every registration of the event that the list's filters select (no paging), as
 * an .xlsx workbook with the Chinese headers, and the file's name.
 */
export async function registrationWorkbook(
  prisma: PrismaClient,
  eventId: string,
  filter: RegistrationFilter,
): Promise<{ bytes: Buffer; filename: string }> {
  const { where } = await registrationWhere(prisma, eventId, filter);
  const [event, rows] = await Promise.all([
    prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: { title: true } }),
    prisma.eventRegistration.findMany({
      where,
      include: REGISTRATION_INCLUDE,
      orderBy: [...REGISTRATION_ORDER],
    }),
  ]);
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('报名名单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // Every cell is a string cell: what a member typed ("=1+1", "+86…") is shown, never evaluated.
  for (const row of rows) sheet.addRow(COLUMNS.map((c) => c.value(row)));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const title = event.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);
  return { bytes, filename: `${title}-报名名单.xlsx` };
}
