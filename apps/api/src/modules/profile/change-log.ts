import type { PageQuery } from '@lx/shared/pagination';
import { BASIC_FIELD_LABELS } from '@lx/shared/profile-basic';
import { displayValue, valueText } from '@lx/shared/profile-fields';
import type { ProfileChange, SectionKey } from '@lx/shared/profile-schemas';
import { SECTION_DEFS, type ListSection } from '@lx/shared/profile-sections';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { findPage } from '../../lib/find-page.ts';
import type { Tx } from './profile-records.ts';

export type FieldChange = ProfileChange['changes'][number];
type Values = Record<string, unknown>;

export const sectionLabel = (section: SectionKey) =>
  section === 'BASIC' ? '基本信息' : SECTION_DEFS[section].label;

function describe(section: SectionKey, field: string, value: unknown) {
  if (section === 'BASIC') {
    return { label: BASIC_FIELD_LABELS[field] ?? field, text: valueText(value) };
  }
  const def = SECTION_DEFS[section].fields.find((f) => f.name === field);
  return def
    ? { label: def.label, text: displayValue(def, value) }
    : { label: field, text: String(value ?? '') };
}

/** The fields whose displayed value differs, in the order of `fields`. */
export function diffFields(
  section: SectionKey,
  fields: readonly string[],
  before: Values,
  after: Values,
): FieldChange[] {
  return fields.flatMap((field) => {
    const b = describe(section, field, before[field]);
    const a = describe(section, field, after[field]);
    return a.text === b.text ? [] : [{ field, label: a.label, before: b.text, after: a.text }];
  });
}

export function fieldsOf(section: ListSection) {
  return SECTION_DEFS[section].fields.map((f) => f.name);
}

/** One 近期变更 entry, written in the transaction that makes the change. */
export async function recordProfileChange(
  tx: Tx,
  change: {
    profileId: string;
    section: SectionKey;
    action: 'CREATE' | 'UPDATE' | 'DELETE';
    changes: FieldChange[];
    actor: Actor;
  },
) {
  if (change.changes.length === 0) return;
  await tx.profileChange.create({
    data: {
      profileId: change.profileId,
      section: change.section,
      action: change.action,
      changes: change.changes,
      actorId: change.actor.accountId,
      actorName: change.actor.name,
    },
  });
}

export async function listProfileChanges(
  prisma: PrismaClient,
  profileId: string,
  query: PageQuery,
) {
  const where = { profileId };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.profileChange.findMany({ where, orderBy: { createdAt: 'desc' }, ...window }),
    count: () => prisma.profileChange.count({ where }),
  });
  const items: ProfileChange[] = rows.map((row) => ({
    id: row.id,
    section: row.section,
    sectionLabel: sectionLabel(row.section),
    action: row.action,
    changes: row.changes as FieldChange[],
    actorName: row.actorName,
    createdAt: row.createdAt.toISOString(),
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
