import { manualEntryInputSchema, type ManualEntryInput } from '@lx/shared/training-schemas';
import type { TrainingKind } from '@lx/shared/training-kinds';
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';

// The 人工录入 form's values and the shared manualEntryInputSchema meet here: the form holds a dayjs
// day and InputNumber's null; the API takes yyyy-MM-dd and a number. The form validates with the
// shared schema through this mapping, so its messages are the server's, on the form's own fields.

export const DATE_FORMAT = 'YYYY-MM-DD';

export type ManualEntryFormValues = {
  date: Dayjs | null;
  title: string;
  organiser: string;
  kind: TrainingKind | undefined;
  hours: number | null;
  reason: string;
};

export const MANUAL_ENTRY_FIELDS = [
  'date',
  'title',
  'organiser',
  'kind',
  'hours',
  'reason',
] as const satisfies readonly (keyof ManualEntryFormValues)[];

export function emptyManualEntry(): ManualEntryFormValues {
  return {
    date: null,
    title: '',
    organiser: '',
    kind: undefined,
    hours: null,
    reason: '',
  };
}

/** A picked day as the API takes it (yyyy-MM-dd), or nothing. */
export function dateOf(value: Dayjs | null | undefined): string | undefined {
  if (!value || !dayjs.isDayjs(value) || !value.isValid()) return undefined;
  return value.format(DATE_FORMAT);
}

/** The form's values as manualEntryInputSchema reads them (not yet checked). */
export function manualEntryInputOf(
  values: Partial<ManualEntryFormValues>,
): Record<string, unknown> {
  return {
    date: dateOf(values.date),
    title: values.title,
    organiser: values.organiser,
    kind: values.kind,
    hours: typeof values.hours === 'number' ? values.hours : undefined,
    reason: values.reason,
  };
}

/** The form field an input path (or the API's field error) is about, if the form has it. */
export function manualEntryFieldOf(path: string): string | undefined {
  const head = path.split('.')[0] ?? '';
  return (MANUAL_ENTRY_FIELDS as readonly string[]).includes(head) ? head : undefined;
}

/**
 * The API's field errors on the form's fields, the first message per field; errors about no field
 * of the form are left out, and the caller shows the error's message instead.
 */
export function manualEntryFieldErrors(
  fieldErrors: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = manualEntryFieldOf(path);
    if (field) out[field] ??= message;
  }
  return out;
}

/** The form's schema: the values mapped as above, checked by manualEntryInputSchema. */
export const manualEntryFormSchema = z
  .custom<Partial<ManualEntryFormValues>>()
  .transform((values, ctx) => {
    const parsed = manualEntryInputSchema.safeParse(manualEntryInputOf(values ?? {}));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = manualEntryFieldOf(issue.path.map(String).join('.'));
      ctx.addIssue({ code: 'custom', message: issue.message, path: field ? [field] : [] });
    }
    return z.NEVER;
  }) satisfies z.ZodType<ManualEntryInput, Partial<ManualEntryFormValues>>;
