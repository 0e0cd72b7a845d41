import { formatDateTime } from '@lx/shared/dates';
import {
  GENDER_LABELS,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';
import { BASIC_FIELD_LABELS } from '@lx/shared/profile-basic';
import { LIST_SECTIONS, SECTION_DEFS, summarizeEntry } from '@lx/shared/profile-sections';
import { valueText, type FieldValues } from '@lx/shared/profile-fields';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { renderRegistrationForm } from '../../lib/pdf/registration-form.ts';
import type { Storage } from '../../lib/storage.ts';
import { getBasicInfo } from './basic-info.ts';
import type { ProfileRow } from './profile-records.ts';

const WATERMARKS = {
  DRAFT: '尚未提交审核',
  REJECTED: '尚未提交审核',
  SUBMITTED: '材料审核中',
  APPROVED: null,
} as const;

// Basic information printed below the photo block, in the order of the paper form.
const PRINTED_FIELDS: { from: 'personal' | 'practice' | 'contact'; field: string }[] = [
  { from: 'personal', field: 'formerName' },
  { from: 'personal', field: 'birthDate' },
  { from: 'personal', field: 'ethnicity' },
  { from: 'personal', field: 'nativePlace' },
  { from: 'personal', field: 'politicalAffiliations' },
  { from: 'personal', field: 'partyOrganisation' },
  { from: 'personal', field: 'residency' },
  { from: 'personal', field: 'maritalStatus' },
  { from: 'personal', field: 'firstWorkDate' },
  { from: 'personal', field: 'joinedOrganisationDate' },
  { from: 'personal', field: 'hukouPlace' },
  { from: 'personal', field: 'hukouAddress' },
  { from: 'personal', field: 'fileLocation' },
  { from: 'personal', field: 'fileAuthority' },
  { from: 'personal', field: 'fileNumber' },
  { from: 'personal', field: 'socialInsuranceNo' },
  { from: 'practice', field: 'firstPracticeDate' },
  { from: 'practice', field: 'firstPracticePlace' },
  { from: 'practice', field: 'qualificationType' },
  { from: 'practice', field: 'qualificationMethod' },
  { from: 'practice', field: 'qualificationNo' },
  { from: 'practice', field: 'qualificationDate' },
  { from: 'practice', field: 'professionalTitle' },
  { from: 'practice', field: 'titleDate' },
  { from: 'practice', field: 'issuingAuthority' },
  { from: 'practice', field: 'workingLanguages' },
  { from: 'practice', field: 'practiceAreas' },
  { from: 'contact', field: 'mobile' },
  { from: 'contact', field: 'phone' },
  { from: 'contact', field: 'email' },
  { from: 'contact', field: 'postcode' },
  { from: 'contact', field: 'address' },
  { from: 'contact', field: 'fax' },
  { from: 'contact', field: 'wechat' },
  { from: 'contact', field: 'qq' },
  { from: 'contact', field: 'emergencyContact' },
  { from: 'contact', field: 'emergencyPhone' },
  { from: 'contact', field: 'website' },
];

/** 《律师基本信息登记表》 of a profile, in whatever state it is: the data plus the template. */
export async function registrationFormPdf(options: {
  prisma: PrismaClient;
  storage: Storage;
  profile: ProfileRow;
}): Promise<Uint8Array> {
  const { prisma, storage, profile } = options;
  const [basic, entries, association] = await Promise.all([
    getBasicInfo(prisma, profile),
    prisma.profileEntry.findMany({
      where: { profileId: profile.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    prisma.association.findFirst({ select: { name: true } }),
  ]);
  const photo = profile.photoKey ? await storage.get(profile.photoKey) : null;
  const record = basic.practiceRecord;
  const { level, degree } = basic.education;
  return renderRegistrationForm({
    associationName: association?.name ?? '',
    watermark: WATERMARKS[profile.state],
    photo: photo ? new Uint8Array(photo) : null,
    identity: [
      { label: '姓名', value: record.name },
      { label: '身份证号', value: record.idNo },
      { label: '执业机构', value: record.organisationName },
      {
        label: '执业类别',
        value: `${PRACTICE_CATEGORY_LABELS[record.practiceCategory]}（${ORGANISATION_ROLE_LABELS[record.organisationRole]}）`,
      },
      { label: '执业证号', value: record.licenceNo ?? '' },
    ],
    fields: [
      { label: '性别', value: GENDER_LABELS[record.gender] },
      { label: '会员编号', value: record.memberNo },
      { label: '学历', value: level ?? '' },
      { label: '学位', value: degree ?? '' },
      ...PRINTED_FIELDS.map(({ from, field }) => ({
        label: BASIC_FIELD_LABELS[field] ?? field,
        value: valueText((basic[from] as Record<string, unknown> | null)?.[field]),
      })),
    ],
    sections: LIST_SECTIONS.map((key) => ({
      title: SECTION_DEFS[key].label,
      markedNone: profile.noneSections.includes(key),
      lines: entries
        .filter((e) => e.section === key)
        .map((e) => summarizeEntry(key, e.data as FieldValues)),
    })),
    printedAt: formatDateTime(new Date()),
  });
}
