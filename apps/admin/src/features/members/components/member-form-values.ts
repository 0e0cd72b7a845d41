import {
  memberCorrectionInputSchema,
  transferInputSchema,
  type MemberCorrectionInput,
  type MemberDetail,
  type TransferInput,
} from '@lx/shared/member-schemas';
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';

// The member forms' values and the shared schemas meet here: 转所's date is a dayjs day in the
// form and yyyy-MM-dd for the API; 更正信息 starts from what is on record.

export const DATE_FORMAT = 'YYYY-MM-DD';

/** 更正信息 opens with the member's data as it stands; staff change what is wrong. */
export function correctionInitialValues(member: MemberDetail) {
  return {
    fields: {
      name: member.name,
      gender: member.gender,
      idNo: member.idNo,
      licenceNo: member.licenceNo ?? '',
      practiceCategory: member.practiceCategory,
    },
    reason: '',
  };
}

/** Only what differs from the record goes to the API (the audit and the ticket note list it). */
export function correctionChanges(
  member: MemberDetail,
  input: MemberCorrectionInput,
): MemberCorrectionInput['fields'] {
  const current: Record<string, string | null> = {
    name: member.name,
    gender: member.gender,
    idNo: member.idNo,
    licenceNo: member.licenceNo,
    practiceCategory: member.practiceCategory,
  };
  return Object.fromEntries(
    Object.entries(input.fields).filter(
      ([key, value]) => value !== undefined && value !== current[key],
    ),
  );
}

export const correctionFormSchema = memberCorrectionInputSchema;

export type TransferFormValues = {
  organisationId: string | undefined;
  effectiveOn: Dayjs | null;
  reason: string;
};

export function transferInitialValues(): TransferFormValues {
  return { organisationId: undefined, effectiveOn: dayjs(), reason: '' };
}

/** A picked day as the API takes it (yyyy-MM-dd), or nothing. */
export function dateOf(value: Dayjs | null | undefined): string | undefined {
  if (!value || !dayjs.isDayjs(value) || !value.isValid()) return undefined;
  return value.format(DATE_FORMAT);
}

/** The 转所 form's schema: the day mapped to yyyy-MM-dd, checked by transferInputSchema. */
export const transferFormSchema = z
  .custom<Partial<TransferFormValues>>()
  .transform((values, ctx) => {
    const parsed = transferInputSchema.safeParse({
      organisationId: values?.organisationId ?? '',
      effectiveOn: dateOf(values?.effectiveOn) ?? '',
      reason: values?.reason ?? '',
    });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
    return z.NEVER;
  }) satisfies z.ZodType<TransferInput, Partial<TransferFormValues>>;
