import type { FieldValues } from '@lx/shared/profile-fields';
import type { Section, SectionEntry } from '@lx/shared/profile-schemas';
import { profileEditMode } from '@lx/shared/profile-workflow';
import { SECTION_DEFS, summarizeEntry, type ListSection } from '@lx/shared/profile-sections';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { changedFields, recordAudit } from '../../lib/audit.ts';
import { conflict, DomainError, notFound, validationError } from '../../lib/domain-error.ts';
import { diffFields, fieldsOf, recordProfileChange } from './change-log.ts';
import {
  lockProfile,
  requireEditMode,
  sectionStatus,
  type ProfileRow,
  type Tx,
} from './profile-records.ts';

type EntryRow = Prisma.ProfileEntryGetPayload<object>;

const appendOnly = (profile: ProfileRow, section: ListSection) =>
  profile.state === 'APPROVED' && SECTION_DEFS[section].appendOnlyAfterApproval;

export function toSectionEntry(
  profile: ProfileRow,
  section: ListSection,
  row: EntryRow,
): SectionEntry {
  const data = row.data as FieldValues;
  return {
    id: row.id,
    data,
    summary: summarizeEntry(section, data),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    editable: profile.state !== 'SUBMITTED' && !appendOnly(profile, section),
  };
}

export async function entriesOf(
  prisma: PrismaClient | Tx,
  profileId: string,
  section: ListSection,
) {
  return prisma.profileEntry.findMany({
    where: { profileId, section },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

export async function getSection(
  prisma: PrismaClient | Tx,
  profile: ProfileRow,
  section: ListSection,
): Promise<Section> {
  const rows = await entriesOf(prisma, profile.id, section);
  return {
    key: section,
    label: SECTION_DEFS[section].label,
    status: sectionStatus(profile, section, rows.length),
    markedNone: profile.noneSections.includes(section),
    editMode: profileEditMode(profile.state),
    entries: rows.map((row) => toSectionEntry(profile, section, row)),
  };
}

type EntryChange = {
  prisma: PrismaClient;
  profileId: string;
  section: ListSection;
  actor: Actor;
};

/** Runs one entry change under the profile's row lock and answers with the section as it is now. */
async function changeSection(
  options: EntryChange,
  change: (tx: Tx, profile: ProfileRow, mode: 'completion' | 'change') => Promise<void>,
) {
  const { prisma, profileId, section } = options;
  return prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, profileId);
    const mode = requireEditMode(profile, 'completion', 'change') as 'completion' | 'change';
    await change(tx, profile, mode);
    const current = await tx.lawyerProfile.findUniqueOrThrow({ where: { id: profileId } });
    return getSection(tx, current, section);
  });
}

async function findEntry(tx: Tx, options: EntryChange, entryId: string) {
  // Scoped by profile and section: another lawyer's entry id is simply not found.
  const entry = await tx.profileEntry.findFirst({
    where: { id: entryId, profileId: options.profileId, section: options.section },
  });
  if (!entry) throw notFound('记录');
  return entry;
}

function refuseIfAppendOnly(profile: ProfileRow, section: ListSection, verb: string) {
  if (appendOnly(profile, section)) {
    const label = SECTION_DEFS[section].label;
    throw new DomainError('FORBIDDEN', `档案审核通过后，${label}只能新增，不能${verb}`);
  }
}

/**
 * The lawyer's own records (studies, work, awards…) cannot start before the lawyer was born; the
 * page cannot know the birth date of step 3, so the server checks it. Family members are
 * other people and may well be older.
 */
function refuseDatesBeforeBirth(profile: ProfileRow, section: ListSection, data: FieldValues) {
  if (section === 'FAMILY') return;
  const personal = profile.personal as { birthDate?: unknown } | null;
  const birth = typeof personal?.birthDate === 'string' ? personal.birthDate : null;
  if (!birth) return;
  const issues = SECTION_DEFS[section].fields
    .filter((field) => field.kind === 'date')
    .filter((field) => {
      const day = data[field.name];
      return typeof day === 'string' && day !== '' && day < birth;
    })
    .map((field) => ({ path: [field.name], message: `${field.label}不能早于出生日期` }));
  if (issues.length > 0) throw validationError(issues);
}

export function createEntry(options: EntryChange & { data: FieldValues }) {
  const { section, data, actor, profileId } = options;
  return changeSection(options, async (tx, profile, mode) => {
    refuseDatesBeforeBirth(profile, section, data);
    const row = await tx.profileEntry.create({
      data: { profileId, section, data: data as Prisma.InputJsonObject },
    });
    // Adding a record ends a "nothing to report" mark for the section.
    await tx.lawyerProfile.update({
      where: { id: profileId },
      data: {
        noneSections: profile.noneSections.filter((s) => s !== section),
        version: { increment: 1 },
      },
    });
    if (mode === 'change') {
      const changes = diffFields(section, fieldsOf(section), {}, data);
      await recordProfileChange(tx, { profileId, section, action: 'CREATE', changes, actor });
    }
    await recordAudit(tx, actor, {
      action: 'profile.entry-created',
      entityType: 'ProfileEntry',
      entityId: row.id,
      after: { section, ...data },
    });
  });
}

export function updateEntry(options: EntryChange & { entryId: string; data: FieldValues }) {
  const { section, data, actor, profileId, entryId } = options;
  return changeSection(options, async (tx, profile, mode) => {
    const entry = await findEntry(tx, options, entryId);
    refuseIfAppendOnly(profile, section, '修改');
    refuseDatesBeforeBirth(profile, section, data);
    const before = entry.data as FieldValues;
    await tx.profileEntry.update({
      where: { id: entryId },
      data: { data: data as Prisma.InputJsonObject },
    });
    await tx.lawyerProfile.update({
      where: { id: profileId },
      data: { version: { increment: 1 } },
    });
    if (mode === 'change') {
      const changes = diffFields(section, fieldsOf(section), before, data);
      await recordProfileChange(tx, { profileId, section, action: 'UPDATE', changes, actor });
    }
    await recordAudit(tx, actor, {
      action: 'profile.entry-updated',
      entityType: 'ProfileEntry',
      entityId: entryId,
      ...changedFields(before, data),
    });
  });
}

export function deleteEntry(options: EntryChange & { entryId: string }) {
  const { section, actor, profileId, entryId } = options;
  return changeSection(options, async (tx, profile, mode) => {
    const entry = await findEntry(tx, options, entryId);
    refuseIfAppendOnly(profile, section, '删除');
    await tx.profileEntry.delete({ where: { id: entryId } });
    await tx.lawyerProfile.update({
      where: { id: profileId },
      data: { version: { increment: 1 } },
    });
    const before = entry.data as FieldValues;
    if (mode === 'change') {
      const changes = diffFields(section, fieldsOf(section), before, {});
      await recordProfileChange(tx, { profileId, section, action: 'DELETE', changes, actor });
    }
    await recordAudit(tx, actor, {
      action: 'profile.entry-deleted',
      entityType: 'ProfileEntry',
      entityId: entryId,
      before: { section, ...before },
    });
  });
}

/** 填报为无: only for sections that allow it, and only while the section is empty. */
export function markSectionNone(options: EntryChange & { none: boolean }) {
  const { section, none, actor, profileId } = options;
  return changeSection(options, async (tx, profile) => {
    const def = SECTION_DEFS[section];
    if (!def.allowNone) throw conflict(`${def.label}不能填报为无`);
    if (none && (await tx.profileEntry.count({ where: { profileId, section } })) > 0) {
      throw conflict(`${def.label}已有记录，不能填报为无；如确实没有，请先删除已有记录`);
    }
    const others = profile.noneSections.filter((s) => s !== section);
    await tx.lawyerProfile.update({
      where: { id: profileId },
      data: { noneSections: none ? [...others, section] : others, version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: none ? 'profile.section-marked-none' : 'profile.section-unmarked-none',
      entityType: 'LawyerProfile',
      entityId: profileId,
      after: { section },
    });
  });
}
