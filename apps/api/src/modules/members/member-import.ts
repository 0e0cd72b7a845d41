import { randomUUID } from 'node:crypto';
import { mobileField } from '@lx/shared/formats';
import {
  GENDER_LABELS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORY_LABELS,
  type Gender,
  type OrganisationKind,
  type OrganisationRole,
  type PracticeCategory,
} from '@lx/shared/labels';
import {
  choiceList,
  DEFAULT_IMPORT_ROLE,
  GENDER_BY_LABEL,
  MEMBER_IMPORT_COLUMNS as C,
  ORGANISATION_ROLE_BY_LABEL,
  PRACTICE_CATEGORY_BY_LABEL,
} from '@lx/shared/member-import';
import { rosterCategoryProblem, rosterLawyerInputSchema } from '@lx/shared/roster-schemas';
import type { ImportReport, ImportResult, ImportRowError } from '@lx/shared/table-import';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { INITIAL_RULE_HASH } from '../../lib/passwords.ts';
import { LAST_LS_MEMBER_NO } from '../roster/roster-management.ts';
import type { FormFile } from '../../lib/read-form.ts';
import { importReport, readTable, type Table, type TableRow } from '../../lib/table-import.ts';

// 会员导入: the lawyers of a register sheet, checked row by row (the dry run), then written in one
// transaction of set-based statements however long the file — no statement per lawyer.

type Parsed = {
  row: number;
  name: string;
  gender: Gender;
  idNo: string;
  licenceNo: string | null;
  practiceCategory: PracticeCategory;
  organisationRole: OrganisationRole;
  organisationName: string;
  organisationLicenceNo: string;
  mobile: string | null;
};

/** A row ready to write: the organisation found. */
type ValidRow = Parsed & { organisationId: string };

/** The column of a rosterLawyerInputSchema field, for the message's place in the report. */
const COLUMN_OF_FIELD: Record<string, string> = {
  name: C.name,
  gender: C.gender,
  idNo: C.idNo,
  licenceNo: C.licenceNo,
  practiceCategory: C.practiceCategory,
  organisationRole: C.organisationRole,
};

/** A choice by its label: empty → 请填写, unknown → the labels it may be. */
function choice<T>(
  text: string,
  column: string,
  map: Map<string, T>,
  labels: Record<string, string>,
  fail: (column: string, message: string) => void,
): T | undefined {
  if (text === '') {
    fail(column, `请填写${column}`);
    return undefined;
  }
  const value = map.get(text);
  if (value === undefined) fail(column, `${column}应为${choiceList(labels)}之一`);
  return value;
}

/** The checks one row needs alone: the roster's rule for a lawyer, the columns of a sheet. */
function parseRow(row: TableRow, errors: ImportRowError[]): Parsed | null {
  const c = row.cells;
  const before = errors.length;
  const fail = (column: string, message: string) => errors.push({ row: row.row, column, message });
  const gender = choice(c[C.gender] ?? '', C.gender, GENDER_BY_LABEL, GENDER_LABELS, fail);
  const category = choice(
    c[C.practiceCategory] ?? '',
    C.practiceCategory,
    PRACTICE_CATEGORY_BY_LABEL,
    PRACTICE_CATEGORY_LABELS,
    fail,
  );
  const roleText = c[C.organisationRole] ?? '';
  const role =
    roleText === ''
      ? DEFAULT_IMPORT_ROLE
      : choice(
          roleText,
          C.organisationRole,
          ORGANISATION_ROLE_BY_LABEL,
          ORGANISATION_ROLE_LABELS,
          fail,
        );
  const lawyer = rosterLawyerInputSchema.safeParse({
    name: c[C.name] ?? '',
    gender: gender ?? 'MALE',
    idNo: c[C.idNo] ?? '',
    licenceNo: c[C.licenceNo] ?? '',
    practiceCategory: category ?? 'FULL_TIME',
    organisationRole: role ?? DEFAULT_IMPORT_ROLE,
  });
  if (!lawyer.success) {
    for (const issue of lawyer.error.issues) {
      fail(COLUMN_OF_FIELD[String(issue.path[0])] ?? C.name, issue.message);
    }
  }
  const mobileText = c[C.mobile] ?? '';
  const mobile = mobileText === '' ? null : mobileField.safeParse(mobileText);
  if (mobile && !mobile.success) fail(C.mobile, mobile.error.issues[0]!.message);
  const organisationName = c[C.organisation] ?? '';
  const organisationLicenceNo = c[C.organisationLicenceNo] ?? '';
  if (!organisationName && !organisationLicenceNo)
    fail(C.organisation, `请填写${C.organisation}或${C.organisationLicenceNo}`);
  if (errors.length > before || !lawyer.success) return null;
  return {
    row: row.row,
    ...lawyer.data,
    licenceNo: lawyer.data.licenceNo ?? null,
    organisationName,
    organisationLicenceNo,
    mobile: mobile?.data ?? null,
  };
}

type Organisation = {
  id: string;
  name: string;
  licenceNo: string | null;
  kind: OrganisationKind;
  status: 'ACTIVE' | 'CLOSED';
  hasHead: boolean;
};
type Existing = { idNo: string; licenceNo: string | null; name: string };

/**
 * Every row checked: its columns, its organisation (by 机构执业许可证号, else by a name only one
 * organisation has), the category the organisation may take, one 负责人 per organisation, the same
 * 身份证号 or 执业证号 twice in the file or already on record. A lawyer on record with the same
 * name, 身份证号 and 执业证号 is the same row imported before: skipped, not an error. Three
 * statements however long the file.
 */
async function checkRows(
  db: Pick<PrismaClient, '$queryRaw'>,
  table: Table,
): Promise<{ errors: ImportRowError[]; valid: ValidRow[]; alreadyImported: number }> {
  const errors: ImportRowError[] = [];
  const parsed = table.rows.flatMap((row) => parseRow(row, errors) ?? []);
  const orgLicences = [...new Set(parsed.map((p) => p.organisationLicenceNo).filter(Boolean))];
  const orgNames = [
    ...new Set(parsed.filter((p) => !p.organisationLicenceNo).map((p) => p.organisationName)),
  ];
  const organisations = await db.$queryRaw<Organisation[]>`
    SELECT o.id::text, o.name, o."licenceNo", o.kind::text, o.status::text,
      EXISTS (SELECT 1 FROM "Lawyer" l WHERE l."organisationId" = o.id
        AND l."organisationRole" = 'HEAD' AND l.status = 'PRACTISING') AS "hasHead"
    FROM "Organisation" o
    WHERE o."licenceNo" = ANY(${orgLicences}::text[]) OR o.name = ANY(${orgNames}::text[])`;
  const orgByLicence = new Map(
    organisations.filter((o) => o.licenceNo).map((o) => [o.licenceNo!, o]),
  );
  const orgsByName = new Map<string, Organisation[]>();
  for (const o of organisations) orgsByName.set(o.name, [...(orgsByName.get(o.name) ?? []), o]);
  const existing = await db.$queryRaw<Existing[]>`
    SELECT "idNo", "licenceNo", name FROM "Lawyer"
    WHERE "idNo" = ANY(${parsed.map((p) => p.idNo)}::text[])
       OR "licenceNo" = ANY(${parsed.flatMap((p) => p.licenceNo ?? [])}::text[])`;
  const byIdNo = new Map(existing.map((l) => [l.idNo, l]));
  const byLicence = new Map(existing.filter((l) => l.licenceNo).map((l) => [l.licenceNo!, l]));

  const idRows = new Map<string, number>();
  const licenceRows = new Map<string, number>();
  const headRows = new Map<string, number>();
  const valid: ValidRow[] = [];
  let alreadyImported = 0;
  for (const p of parsed) {
    const fail = (column: string, message: string) => errors.push({ row: p.row, column, message });
    const onRecord = byIdNo.get(p.idNo);
    if (onRecord && onRecord.name === p.name && onRecord.licenceNo === p.licenceNo) {
      alreadyImported++;
      continue;
    }
    if (onRecord) {
      fail(C.idNo, `身份证号 ${p.idNo} 已登记在系统中（${onRecord.name}）`);
      continue;
    }
    const licenceHolder = p.licenceNo ? byLicence.get(p.licenceNo) : undefined;
    if (licenceHolder) {
      fail(C.licenceNo, `执业证号 ${p.licenceNo} 已登记在系统中（${licenceHolder.name}）`);
      continue;
    }
    const firstId = idRows.get(p.idNo);
    if (firstId !== undefined) {
      fail(C.idNo, `与第 ${firstId} 行身份证号重复`);
      continue;
    }
    const firstLicence = p.licenceNo ? licenceRows.get(p.licenceNo) : undefined;
    if (firstLicence !== undefined) {
      fail(C.licenceNo, `与第 ${firstLicence} 行执业证号重复`);
      continue;
    }

    let organisation: Organisation | undefined;
    if (p.organisationLicenceNo) {
      organisation = orgByLicence.get(p.organisationLicenceNo);
      if (!organisation) {
        fail(C.organisationLicenceNo, `机构执业许可证号 ${p.organisationLicenceNo} 不存在`);
        continue;
      }
      if (p.organisationName && organisation.name !== p.organisationName) {
        fail(C.organisation, `与机构执业许可证号不符（系统中为 ${organisation.name}）`);
        continue;
      }
    } else {
      const named = orgsByName.get(p.organisationName) ?? [];
      if (named.length === 0) {
        fail(C.organisation, `执业机构“${p.organisationName}”不存在`);
        continue;
      }
      if (named.length > 1) {
        fail(C.organisation, `有 ${named.length} 个同名机构，请填写机构执业许可证号`);
        continue;
      }
      organisation = named[0]!;
    }
    if (organisation.status === 'CLOSED') {
      fail(C.organisation, `${organisation.name}已注销，不能添加律师`);
      continue;
    }
    const categoryProblem = rosterCategoryProblem(organisation.kind, p.practiceCategory);
    if (categoryProblem) {
      fail(C.practiceCategory, categoryProblem.replace('律师事务所', organisation.name));
      continue;
    }
    if (p.organisationRole === 'HEAD') {
      const firstHead = headRows.get(organisation.id);
      if (organisation.hasHead || firstHead !== undefined) {
        fail(
          C.organisationRole,
          firstHead !== undefined
            ? `与第 ${firstHead} 行都是${organisation.name}的负责人/主任，一个机构只有一位`
            : `${organisation.name}已有负责人/主任（${ORGANISATION_KIND_LABELS[organisation.kind]}只有一位）`,
        );
        continue;
      }
      headRows.set(organisation.id, p.row);
    }
    idRows.set(p.idNo, p.row);
    if (p.licenceNo) licenceRows.set(p.licenceNo, p.row);
    valid.push({ ...p, organisationId: organisation.id });
  }
  return { errors, valid, alreadyImported };
}

const COLUMNS = Object.values(C);
const REQUIRED = [
  [C.name],
  [C.gender],
  [C.idNo],
  [C.licenceNo],
  [C.practiceCategory],
  [C.organisation, C.organisationLicenceNo],
];

/** 检查文件: every row checked, nothing written. */
export async function dryRunMemberImport(
  prisma: PrismaClient,
  file: FormFile,
): Promise<ImportReport> {
  const table = await readTable(file, COLUMNS, REQUIRED);
  const { errors, valid, alreadyImported } = await checkRows(prisma, table);
  return importReport(table, errors, { valid: valid.length, alreadyImported });
}

/** Writes the valid rows: accounts, lawyers with their 会员编号, empty profiles, one audit entry. */
async function writeRows(
  tx: Pick<PrismaClient, '$queryRaw' | '$executeRaw'>,
  rows: ValidRow[],
): Promise<number> {
  const accountIds = rows.map(() => randomUUID());
  const lawyerIds = rows.map(() => randomUUID());
  // The accounts sign in with the initial-password rule until their first change (see
  // INITIAL_RULE_HASH): hashing 30,000 derived passwords would take minutes of CPU.
  await tx.$executeRaw`
    INSERT INTO "Account" (id, kind, "displayName", "passwordHash", "mustChangePassword", mobile,
      "updatedAt")
    SELECT v.id, 'LAWYER', v.name, ${INITIAL_RULE_HASH}, true, v.mobile, now()
    FROM unnest(${accountIds}::uuid[], ${rows.map((r) => r.name)}::text[],
      ${rows.map((r) => r.mobile)}::text[]) AS v(id, name, mobile)`;
  // 会员编号 continue the LS series in the order of the file, as 添加律师 numbers them one by one;
  // the licensing authority is the one the organisation's lawyers already answer to, read once per
  // organisation before the insert (a subquery per row would walk the rows this statement adds
  // to the organisation's index: quadratic, a minute for 30,000 rows).
  const inserted = await tx.$executeRaw`
    WITH last AS MATERIALIZED (${LAST_LS_MEMBER_NO}), authority AS MATERIALIZED (
      SELECT DISTINCT ON ("organisationId") "organisationId" AS org, authority FROM "Lawyer"
      WHERE "organisationId" = ANY(${[...new Set(rows.map((r) => r.organisationId))]}::uuid[])
      ORDER BY "organisationId", "createdAt"
    )
    INSERT INTO "Lawyer" (id, name, gender, "idNo", "licenceNo", "memberNo", "practiceCategory",
      authority, "organisationId", "organisationRole", "accountId", "updatedAt")
    SELECT v.id, v.name, v.gender::"Gender", v."idNo", v."licenceNo",
      'LS' || lpad((last.n + v.ord)::text, 6, '0'), v.category::"PracticeCategory",
      coalesce(a.authority, ''), v.org, v.role::"OrganisationRole", v.account, now()
    FROM unnest(${lawyerIds}::uuid[], ${rows.map((r) => r.name)}::text[],
        ${rows.map((r) => r.gender)}::text[], ${rows.map((r) => r.idNo)}::text[],
        ${rows.map((r) => r.licenceNo)}::text[], ${rows.map((r) => r.practiceCategory)}::text[],
        ${rows.map((r) => r.organisationId)}::uuid[], ${rows.map((r) => r.organisationRole)}::text[],
        ${accountIds}::uuid[])
      WITH ORDINALITY AS v(id, name, gender, "idNo", "licenceNo", category, org, role, account, ord)
      CROSS JOIN last LEFT JOIN authority a ON a.org = v.org`;
  await tx.$executeRaw`
    INSERT INTO "LawyerProfile" (id, "lawyerId", "updatedAt")
    SELECT gen_random_uuid(), l, now() FROM unnest(${lawyerIds}::uuid[]) AS l`;
  return inserted;
}

/**
 * 导入: the file checked again under a lock (imports run one at a time), its valid rows written in
 * one transaction. The same file sent twice adds its lawyers once: the second finds them on
 * record. A lawyer added on a roster meanwhile can take a 会员编号 or an ID number the import
 * wanted: the unique index refuses the import, which then starts again and sees it.
 */
export async function runMemberImport(
  prisma: PrismaClient,
  file: FormFile,
  actor: Actor,
): Promise<ImportResult> {
  const table = await readTable(file, COLUMNS, REQUIRED);
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('member-import'))`;
          const checked = await checkRows(tx, table);
          const report = importReport(table, checked.errors, {
            valid: checked.valid.length,
            alreadyImported: checked.alreadyImported,
          });
          if (checked.valid.length === 0) return { ...report, batchId: null, imported: 0 };
          const batchId = randomUUID();
          const imported = await writeRows(tx, checked.valid);
          await recordAudit(tx, actor, {
            action: 'member.imported',
            entityType: 'MemberImport',
            entityId: batchId,
            after: { filename: table.filename, lawyers: imported, rows: table.rows.length },
          });
          return { ...report, batchId, imported };
        },
        { timeout: 120_000 },
      );
    } catch (error) {
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
