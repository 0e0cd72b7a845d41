import type { UploadFile } from 'antd';
import { z } from 'zod';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { registrationInputSchema } from '@lx/shared/event-schemas';
import { always } from '@lx/shared/formats';
import { ORGANISATION_ROLE_LABELS, type Gender } from '@lx/shared/labels';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import type { RosterEntry } from '@lx/shared/roster-schemas';

// The 报名表's values: where they start (the signed-in member's data) and how they are checked
// before they go (the API's schema, plus what only this form holds: the files and, for a firm or
// office, which of its lawyers takes part).

export type RegistrationFormValues = {
  lawyerId?: string;
  name: string;
  gender?: Gender;
  workplace: string;
  position: string;
  phone: string;
  mobile: string;
  email: string;
  attachments: UploadFile[];
};

/** The API's own words for the same refusal. */
export const ATTACHMENTS_REQUIRED_MESSAGE = '请上传报名材料';

/** registrationInputSchema with the form's own rules; the files stay in the parsed values. */
export function registrationFormSchema(options: {
  organisation: boolean;
  attachmentsRequired: boolean;
}) {
  return registrationInputSchema
    .extend({ attachments: z.array(z.custom<UploadFile>()).default([]) })
    .superRefine((values, ctx) => {
      if (options.organisation && !values.lawyerId)
        ctx.addIssue({ code: 'custom', path: ['lawyerId'], message: '请选择参加人员' });
      if (options.attachmentsRequired && (values.attachments ?? []).length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['attachments'],
          message: ATTACHMENTS_REQUIRED_MESSAGE,
        });
    }, always);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A lawyer's form: their name, gender, firm and role from the licence record, the contact details
 * of the profile, and the account's own where the profile has none.
 */
export function lawyerPrefill(
  account: Pick<CurrentAccount, 'displayName' | 'mobile' | 'email' | 'lawyer'>,
  basic: BasicInfo | undefined,
): RegistrationFormValues {
  const record = basic?.practiceRecord;
  const contact = basic?.contact ?? {};
  const role = record?.organisationRole ?? account.lawyer?.organisationRole;
  return {
    name: record?.name ?? account.displayName,
    gender: record?.gender,
    workplace: record?.organisationName ?? account.lawyer?.organisationName ?? '',
    position: role ? ORGANISATION_ROLE_LABELS[role] : '',
    phone: text(contact.phone),
    mobile: text(contact.mobile) || (account.mobile ?? ''),
    email: text(contact.email) || (account.email ?? ''),
    attachments: [],
  };
}

/** A firm's or office's form: its name as the workplace; the person comes with 参加人员. */
export function organisationPrefill(organisationName: string): RegistrationFormValues {
  return {
    lawyerId: undefined,
    name: '',
    gender: undefined,
    workplace: organisationName,
    position: '',
    phone: '',
    mobile: '',
    email: '',
    attachments: [],
  };
}

/** What choosing one of the organisation's lawyers fills in: who they are and their role. */
export function lawyerChoice(
  lawyer: Pick<RosterEntry, 'name' | 'gender' | 'organisationRole'>,
): Pick<RegistrationFormValues, 'name' | 'gender' | 'position'> {
  return {
    name: lawyer.name,
    gender: lawyer.gender,
    position: ORGANISATION_ROLE_LABELS[lawyer.organisationRole],
  };
}
