import { PRACTICE_CATEGORIES, type PracticeCategory } from '@lx/shared/labels';
import { TRAINING_KINDS, type TrainingKind } from '@lx/shared/training-kinds';
import {
  requirementsInputSchema,
  type RequirementList,
  type RequirementsInput,
} from '@lx/shared/training-schemas';
import { z } from 'zod';

// The 学时要求 form shows one row per practice category; the API takes only the categories that
// have a requirement (`items`). The form validates with the shared requirementsInputSchema through
// this mapping, and its issues (and the server's, `items.0.totalHours`) move to the row they are
// about (`rows.<category's row>.totalHours`).

export type RequirementRow = {
  category: PracticeCategory;
  totalHours: number | null;
  minimums: Record<TrainingKind, number | null>;
};
export type RequirementFormValues = { rows: RequirementRow[] };

const emptyMinimums = (): Record<TrainingKind, number | null> => ({
  ONSITE: null,
  OFFLINE: null,
  ONLINE: null,
});

/** Every category in the order of PRACTICE_CATEGORIES, filled from the year's list. */
export function requirementFormValues(list: RequirementList | undefined): RequirementFormValues {
  return {
    rows: PRACTICE_CATEGORIES.map((category) => {
      const saved = list?.items.find((item) => item.category === category);
      const minimums = emptyMinimums();
      for (const kind of TRAINING_KINDS) minimums[kind] = saved?.minimums[kind] ?? null;
      return { category, totalHours: saved?.totalHours ?? null, minimums };
    }),
  };
}

const isSet = (v: number | null | undefined): v is number => v !== null && v !== undefined;

/** A row says something when any of its numbers is filled; an empty row is no requirement. */
function isFilled(row: Partial<RequirementRow>): boolean {
  return isSet(row.totalHours) || TRAINING_KINDS.some((k) => isSet(row.minimums?.[k]));
}

/**
 * The filled rows as the API takes them (not yet checked), and for each item the index of its row
 * in the form.
 */
export function requirementsInputOf(values: Partial<RequirementFormValues>): {
  input: { items: Record<string, unknown>[] };
  rowOfItem: number[];
} {
  const items: Record<string, unknown>[] = [];
  const rowOfItem: number[] = [];
  (values.rows ?? []).forEach((row, index) => {
    if (!row || !isFilled(row)) return;
    const minimums: Partial<Record<TrainingKind, number>> = {};
    for (const kind of TRAINING_KINDS) {
      const value = row.minimums?.[kind];
      if (isSet(value)) minimums[kind] = value;
    }
    // An empty total with a minimum filled is sent as missing, so the schema asks for it.
    items.push({ category: row.category, totalHours: row.totalHours ?? undefined, minimums });
    rowOfItem.push(index);
  });
  return { input: { items }, rowOfItem };
}

/**
 * The form field of an input path (`items.2.minimums.ONSITE` → `rows.4.minimums.ONSITE`). The
 * rule on the sum of the minimums (`items.2.minimums`) is shown on the row's 年度学时要求.
 */
export function requirementFieldOf(path: string, rowOfItem: readonly number[]): string | undefined {
  const [head, index, ...rest] = path.split('.');
  if (head !== 'items' || index === undefined) return undefined;
  const row = rowOfItem[Number(index)];
  if (row === undefined) return undefined;
  const field = rest.length === 0 || rest.join('.') === 'minimums' ? ['totalHours'] : rest;
  if (field[0] === 'category') return `rows.${row}.totalHours`;
  return ['rows', row, ...field].join('.');
}

/** The API's field errors on the form's fields (first message per field). */
export function requirementFieldErrors(
  fieldErrors: Record<string, string>,
  rowOfItem: readonly number[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = requirementFieldOf(path, rowOfItem);
    if (field) out[field] ??= message;
  }
  return out;
}

/**
 * The form's schema: the filled rows checked by the shared requirementsInputSchema, its issues
 * moved to the rows' fields; the output is what PUT takes.
 */
export const requirementFormSchema = z
  .custom<Partial<RequirementFormValues>>()
  .transform((values, ctx) => {
    const { input, rowOfItem } = requirementsInputOf(values ?? {});
    const parsed = requirementsInputSchema.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = requirementFieldOf(issue.path.map(String).join('.'), rowOfItem);
      ctx.addIssue({ code: 'custom', message: issue.message, path: field ? field.split('.') : [] });
    }
    return z.NEVER;
  }) satisfies z.ZodType<RequirementsInput, Partial<RequirementFormValues>>;
