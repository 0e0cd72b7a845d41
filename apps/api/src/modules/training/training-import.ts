import { randomUUID } from 'node:crypto';
import { requiredText } from '@lx/shared/formats';
import type { ImportReport, ImportResult, ImportRowError } from '@lx/shared/table-import';
import { TRAINING_KIND_LABELS, TRAINING_KINDS, type TrainingKind } from '@lx/shared/training-kinds';
import { roundHalfHour } from '@lx/shared/training-rules';
import {
  hoursField,
  manualEntryInputSchema,
  TRAINING_IMPORT_COLUMNS as C,
} from '@lx/shared/training-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { importReport, readTable, type Table, type TableRow } from '../../lib/table-import.ts';
import type { FormFile } from '../../lib/read-form.ts';
import { LIVE_ENTRY } from './training-records.ts';

/** A row that passed every check, ready to write. */
type ValidRow = {
  row: number;
  lawyerId: string;
  date: string;
  title: string;
  organiser: string;
  kind: TrainingKind;
  hours: number;
};

const KIND_BY_LABEL = new Map<string, TrainingKind>(
  TRAINING_KINDS.flatMap((k) => [
    [TRAINING_KIND_LABELS[k], k],
    // 现场 / 线下 / 网络: what people shorten the labels to.
    [TRAINING_KIND_LABELS[k].slice(0, 2), k],
  ]),
);

/** 2026-3-5, 2026/03/05, 2026.3.5 → 2026-03-05; anything else as it was (the rule says why). */
function normaliseDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

const dateRule = manualEntryInputSchema.shape.date;
const titleRule = requiredText(C.title, 100);
const organiserRule = requiredText(C.organiser, 100);
const hoursRule = hoursField(C.hours);

type Parsed = Omit<ValidRow, 'lawyerId'> & { licenceNo: string; memberNo: string; name: string };

/** The checks one row needs alone: each column's rule, the message on its column. */
function parseRow(row: TableRow, errors: ImportRowError[]): Parsed | null {
  const c = row.cells;
  const before = errors.length;
  const fail = (column: string, message: string) => errors.push({ row: row.row, column, message });
  if (!c[C.licenceNo] && !c[C.memberNo]) fail(C.licenceNo, '请填写执业证号或会员编号');
  if (!c[C.name]) fail(C.name, '请填写姓名');
  const date = dateRule.safeParse(normaliseDate(c[C.date] ?? ''));
  if (!date.success) fail(C.date, date.error.issues[0]!.message.replace('培训日期', C.date));
  const title = titleRule.safeParse(c[C.title] ?? '');
  if (!title.success) fail(C.title, title.error.issues[0]!.message);
  const organiser = organiserRule.safeParse(c[C.organiser] ?? '');
  if (!organiser.success) fail(C.organiser, organiser.error.issues[0]!.message);
  const kind = KIND_BY_LABEL.get(c[C.kind] ?? '');
  if (!kind)
    fail(C.kind, `类别应为${TRAINING_KINDS.map((k) => TRAINING_KIND_LABELS[k]).join('、')}之一`);
  const hoursText = c[C.hours] ?? '';
  const hours = hoursRule.safeParse(hoursText === '' ? Number.NaN : Number(hoursText));
  if (!hours.success) fail(C.hours, hours.error.issues[0]!.message);
  if (errors.length > before) return null;
  return {
    row: row.row,
    licenceNo: c[C.licenceNo] ?? '',
    memberNo: c[C.memberNo] ?? '',
    name: c[C.name]!,
    date: date.data!,
    title: title.data!,
    organiser: organiser.data!,
    kind: kind!,
    hours: roundHalfHour(hours.data!),
  };
}

type Lawyer = { id: string; name: string; licenceNo: string | null; memberNo: string };

/**
 * Every row checked: its columns, the lawyer (by 执业证号, else 会员编号) and that the name is
 * theirs, the same lawyer, day and course twice in the file, and whether the ledger already has
 * it from an import (then it is skipped, not an error). Two statements however long the file.
 */
async function checkRows(
  db: Pick<PrismaClient, '$queryRaw'>,
  table: Table,
): Promise<{ errors: ImportRowError[]; valid: ValidRow[]; alreadyImported: number }> {
  const errors: ImportRowError[] = [];
  const parsed = table.rows.flatMap((row) => parseRow(row, errors) ?? []);
  const licences = [...new Set(parsed.map((p) => p.licenceNo).filter(Boolean))];
  const members = [...new Set(parsed.map((p) => p.memberNo).filter(Boolean))];
  const lawyers = await db.$queryRaw<Lawyer[]>`
    SELECT id::text, name, "licenceNo", "memberNo" FROM "Lawyer"
    WHERE "licenceNo" = ANY(${licences}::text[]) OR "memberNo" = ANY(${members}::text[])`;
  const byLicence = new Map(lawyers.filter((l) => l.licenceNo).map((l) => [l.licenceNo!, l]));
  const byMember = new Map(lawyers.map((l) => [l.memberNo, l]));

  const seen = new Map<string, number>();
  const candidates: ValidRow[] = [];
  for (const p of parsed) {
    const lawyer = p.licenceNo ? byLicence.get(p.licenceNo) : byMember.get(p.memberNo);
    const fail = (column: string, message: string) => errors.push({ row: p.row, column, message });
    if (!lawyer) {
      if (p.licenceNo) fail(C.licenceNo, `执业证号 ${p.licenceNo} 不存在`);
      else fail(C.memberNo, `会员编号 ${p.memberNo} 不存在`);
      continue;
    }
    if (lawyer.name !== p.name) {
      fail(
        C.name,
        `姓名与${p.licenceNo ? C.licenceNo : C.memberNo}不符（系统中为 ${lawyer.name}）`,
      );
      continue;
    }
    const key = `${lawyer.id}|${p.date}|${p.title}`;
    const first = seen.get(key);
    if (first !== undefined) {
      fail(C.title, `与第 ${first} 行重复（同一律师、日期和课程）`);
      continue;
    }
    seen.set(key, p.row);
    const { licenceNo: _l, memberNo: _m, name: _n, ...rest } = p;
    candidates.push({ ...rest, lawyerId: lawyer.id });
  }

  const existing = await db.$queryRaw<{ n: number }[]>`
    SELECT c.n::int FROM unnest(${candidates.map((c) => c.lawyerId)}::uuid[],
        ${candidates.map((c) => c.date)}::date[], ${candidates.map((c) => c.title)}::text[])
      WITH ORDINALITY AS c("lawyerId", date, title, n)
    WHERE EXISTS (SELECT 1 FROM "TrainingEntry" e WHERE e."lawyerId" = c."lawyerId"
      AND e.date = c.date AND e.title = c.title AND e.source = 'IMPORT' AND ${LIVE_ENTRY})`;
  const imported = new Set(existing.map((r) => r.n - 1));
  return {
    errors,
    valid: candidates.filter((_, i) => !imported.has(i)),
    alreadyImported: imported.size,
  };
}

const COLUMNS = Object.values(C);
const REQUIRED = [
  [C.licenceNo, C.memberNo],
  [C.name],
  [C.date],
  [C.title],
  [C.organiser],
  [C.kind],
  [C.hours],
];

/** 检查文件: every row checked, nothing written. */
export async function dryRunTrainingImport(
  prisma: PrismaClient,
  file: FormFile,
): Promise<ImportReport> {
  const table = await readTable(file, COLUMNS, REQUIRED);
  const { errors, valid, alreadyImported } = await checkRows(prisma, table);
  return importReport(table, errors, { valid: valid.length, alreadyImported });
}

/**
 * 导入: the file checked again, and its valid rows written as one batch in one transaction. Imports
 * run one at a time (an advisory lock), and the ledger is read again under it, so the same file
 * sent twice at once, or again later, adds its rows once. Rows with errors are not written.
 */
export async function runTrainingImport(
  prisma: PrismaClient,
  file: FormFile,
  actor: Actor,
): Promise<ImportResult> {
  const table = await readTable(file, COLUMNS, REQUIRED);
  const result = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('training-import'))`;
      const checked = await checkRows(tx, table);
      const { valid } = checked;
      const report = importReport(table, checked.errors, {
        valid: valid.length,
        alreadyImported: checked.alreadyImported,
      });
      if (valid.length === 0) return { ...report, batchId: null, imported: 0 };
      const batchId = randomUUID();
      const hours = roundHalfHour(valid.reduce((s, r) => s + r.hours, 0));
      await tx.trainingImportBatch.create({
        data: {
          id: batchId,
          filename: table.filename,
          entryCount: valid.length,
          hours,
          createdById: actor.accountId,
          createdByName: actor.name,
        },
      });
      // One statement for the whole file.
      const imported = await tx.$executeRaw`
        INSERT INTO "TrainingEntry" (id, "lawyerId", date, title, organiser, kind, hours, source,
          "batchId", "createdById")
        SELECT gen_random_uuid(), v."lawyerId", v.date, v.title, v.organiser, v.kind::"TrainingKind",
          v.hours, 'IMPORT', ${batchId}::uuid, ${actor.accountId}::uuid
        FROM unnest(${valid.map((r) => r.lawyerId)}::uuid[], ${valid.map((r) => r.date)}::date[],
          ${valid.map((r) => r.title)}::text[], ${valid.map((r) => r.organiser)}::text[],
          ${valid.map((r) => r.kind)}::text[], ${valid.map((r) => r.hours)}::numeric[])
          AS v("lawyerId", date, title, organiser, kind, hours)`;
      await recordAudit(tx, actor, {
        action: 'training.imported',
        entityType: 'TrainingImportBatch',
        entityId: batchId,
        after: { filename: table.filename, entries: imported, hours, rows: table.rows.length },
      });
      return { ...report, batchId, imported };
    },
    { timeout: 120_000 },
  );
  return result;
}
