import {
  CHANGEABLE_CONTACT_FIELDS,
  CHANGEABLE_PERSONAL_FIELDS,
  contactInfoSchema,
  personalInfoSchema,
  practiceInfoSchema,
  type BasicChange,
  type ContactInfo,
  type PersonalInfo,
  type PracticeInfo,
} from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { profileEditMode } from '@lx/shared/profile-workflow';
import { educationSummary } from '@lx/shared/profile-sections';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { changedFields, recordAudit } from '../../lib/audit.ts';
import { DomainError, validationError } from '../../lib/domain-error.ts';
import { diffFields, recordProfileChange } from './change-log.ts';
import { lockProfile, requireEditMode, type ProfileRow, type Tx } from './profile-records.ts';

// Mobile, e-mail and postcode are the account's (password reset and notices use them); the rest
// of the contact step is stored on the profile.
const ACCOUNT_CONTACT_FIELDS = ['mobile', 'email', 'postcode'] as const;
type Json = Record<string, unknown>;
const asJson = (value: Prisma.JsonValue | null): Json | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;

export async function getBasicInfo(
  prisma: PrismaClient | Tx,
  profile: ProfileRow,
): Promise<BasicInfo> {
  const lawyer = await prisma.lawyer.findUniqueOrThrow({
    where: { id: profile.lawyerId },
    include: {
      organisation: { select: { name: true, kind: true } },
      account: { select: { mobile: true, email: true, postcode: true } },
    },
  });
  const education = await prisma.profileEntry.findMany({
    where: { profileId: profile.id, section: 'EDUCATION' },
    select: { data: true },
  });
  const storedContact = asJson(profile.contact);
  const account = lawyer.account;
  const contact =
    storedContact || account?.mobile || account?.email
      ? {
          ...storedContact,
          mobile: account?.mobile ?? undefined,
          email: account?.email ?? undefined,
          postcode: account?.postcode ?? undefined,
        }
      : null;
  return {
    state: profile.state,
    editMode: profileEditMode(profile.state),
    practiceRecord: {
      name: lawyer.name,
      gender: lawyer.gender,
      authority: lawyer.authority,
      practiceCategory: lawyer.practiceCategory,
      organisationName: lawyer.organisation.name,
      organisationKind: lawyer.organisation.kind,
      organisationRole: lawyer.organisationRole,
      licenceNo: lawyer.licenceNo,
      idNo: lawyer.idNo,
      memberNo: lawyer.memberNo,
    },
    photo: profile.photoUploadedAt ? { uploadedAt: profile.photoUploadedAt.toISOString() } : null,
    personal: asJson(profile.personal) as Partial<PersonalInfo> | null,
    practice: asJson(profile.practice) as Partial<PracticeInfo> | null,
    contact: contact as Partial<ContactInfo> | null,
    education: educationSummary(education.map((e) => asJson(e.data) ?? {}) as never),
    step: profile.basicStep,
    confirmedAt: profile.basicConfirmedAt?.toISOString() ?? null,
    version: profile.version,
  };
}

/** Writes mobile, e-mail and postcode to the lawyer's account; returns the rest of the contact. */
async function saveAccountContact(tx: Tx, lawyerId: string, contact: ContactInfo): Promise<Json> {
  const { mobile, email, postcode, ...rest } = contact;
  await tx.account.updateMany({
    where: { lawyer: { is: { id: lawyerId } } },
    data: { mobile, email, postcode, version: { increment: 1 } },
  });
  return rest;
}

export type BasicStepInput =
  | { step: 'personal'; data: PersonalInfo }
  | { step: 'practice'; data: PracticeInfo }
  | { step: 'contact'; data: ContactInfo };

const NEXT_STEP = { personal: 4, practice: 5, contact: 6 } as const;

/**
 * Saves one wizard step as the draft and moves the resume point past it. Any change undoes the
 * lawyer's confirmation: the whole form must be checked and confirmed again (manual 3.2.3).
 */
export async function saveBasicStep(options: {
  prisma: PrismaClient;
  profileId: string;
  input: BasicStepInput;
  actor: Actor;
}) {
  const { prisma, profileId, input, actor } = options;
  return prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, profileId);
    requireEditMode(profile, 'completion');
    const data: Json =
      input.step === 'contact'
        ? await saveAccountContact(tx, profile.lawyerId, input.data)
        : input.data;
    const updated = await tx.lawyerProfile.update({
      where: { id: profileId },
      data: {
        [input.step]: data as Prisma.InputJsonObject,
        basicStep: Math.max(profile.basicStep, NEXT_STEP[input.step]),
        basicConfirmedAt: null,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      action: `profile.basic-${input.step}-saved`,
      entityType: 'LawyerProfile',
      entityId: profileId,
      ...changedFields({ [input.step]: profile[input.step] }, { [input.step]: input.data }),
    });
    return getBasicInfo(tx, updated);
  });
}

/** Steps 1 and 2 have nothing to save but the place to resume. */
export async function recordBasicProgress(options: {
  prisma: PrismaClient;
  profileId: string;
  step: number;
}) {
  const { prisma, profileId, step } = options;
  return prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, profileId);
    requireEditMode(profile, 'completion');
    if (step === 3 && !profile.photoUploadedAt) {
      throw new DomainError('VALIDATION', '请先上传证件照片', { file: '请先上传证件照片' });
    }
    const updated = await tx.lawyerProfile.update({
      where: { id: profileId },
      // Going back to look at an earlier step does not move the resume point back.
      data: { basicStep: Math.max(profile.basicStep, step) },
    });
    return getBasicInfo(tx, updated);
  });
}

/** Step 6: the lawyer ticks "我已核实以上信息正确无误" and confirms a complete form. */
export async function confirmBasicInfo(options: {
  prisma: PrismaClient;
  profileId: string;
  actor: Actor;
}) {
  const { prisma, profileId, actor } = options;
  return prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, profileId);
    requireEditMode(profile, 'completion');
    const current = await getBasicInfo(tx, profile);
    const missing = [
      !profile.photoUploadedAt && '证件照片',
      !personalInfoSchema.safeParse(current.personal ?? {}).success && '基本信息',
      !practiceInfoSchema.safeParse(current.practice ?? {}).success && '执业情况',
      !contactInfoSchema.safeParse(current.contact ?? {}).success && '联系方式',
    ].filter((m): m is string => Boolean(m));
    if (missing.length > 0) {
      throw new DomainError('VALIDATION', `请先完成：${missing.join('、')}`);
    }
    const updated = await tx.lawyerProfile.update({
      where: { id: profileId },
      data: { basicConfirmedAt: new Date(), basicStep: 6, version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: 'profile.basic-confirmed',
      entityType: 'LawyerProfile',
      entityId: profileId,
      after: { basicConfirmedAt: updated.basicConfirmedAt },
    });
    return getBasicInfo(tx, updated);
  });
}

/**
 * 信息变更 of basic information after approval: only the changeable subset, merged into the
 * stored data and checked whole again; every changed field goes into the change log.
 */
export async function changeBasicInfo(options: {
  prisma: PrismaClient;
  profileId: string;
  input: BasicChange;
  actor: Actor;
}) {
  const { prisma, profileId, input, actor } = options;
  return prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, profileId);
    requireEditMode(profile, 'change');
    const before = await getBasicInfo(tx, profile);
    const pick = (keys: readonly string[]) =>
      Object.fromEntries(keys.map((k) => [k, (input as Json)[k]]));
    const personal = { ...before.personal, ...pick(CHANGEABLE_PERSONAL_FIELDS) };
    const contact = { ...before.contact, ...pick(CHANGEABLE_CONTACT_FIELDS) };
    const checked = personalInfoSchema.safeParse(personal);
    if (!checked.success) throw validationError(checked.error.issues);
    const checkedContact = contactInfoSchema.parse(contact);
    const restContact = await saveAccountContact(tx, profile.lawyerId, checkedContact);
    const updated = await tx.lawyerProfile.update({
      where: { id: profileId },
      data: {
        personal: checked.data as Prisma.InputJsonObject,
        contact: restContact as Prisma.InputJsonObject,
        version: { increment: 1 },
      },
    });
    const changes = [
      ...diffFields('BASIC', CHANGEABLE_PERSONAL_FIELDS, before.personal ?? {}, checked.data),
      ...diffFields('BASIC', CHANGEABLE_CONTACT_FIELDS, before.contact ?? {}, checkedContact),
    ];
    await recordProfileChange(tx, {
      profileId,
      section: 'BASIC',
      action: 'UPDATE',
      changes,
      actor,
    });
    await recordAudit(tx, actor, {
      action: 'profile.basic-changed',
      entityType: 'LawyerProfile',
      entityId: profileId,
      before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
      after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
    });
    return getBasicInfo(tx, updated);
  });
}

/**
 * Account settings may change the mobile, e-mail or postcode of an approved lawyer: the profile's
 * change log records it like any other change.
 */
export async function recordAccountContactChange(
  tx: Tx,
  options: { accountId: string; before: Json; after: Json; actor: Actor },
) {
  const lawyer = await tx.lawyer.findUnique({
    where: { accountId: options.accountId },
    select: { profile: { select: { id: true, state: true } } },
  });
  if (lawyer?.profile?.state !== 'APPROVED') return;
  await recordProfileChange(tx, {
    profileId: lawyer.profile.id,
    section: 'BASIC',
    action: 'UPDATE',
    changes: diffFields('BASIC', ACCOUNT_CONTACT_FIELDS, options.before, options.after),
    actor: options.actor,
  });
}
