import { z } from 'zod';
import {
  always,
  DATE_PATTERN,
  dateField,
  optional,
  optionalText,
  requiredText,
} from './formats.ts';

/**
 * A form field described as data. The page draws its input from it and the server and the page
 * validate with the schema built from it, so a section's rules exist once.
 */
export type FieldDef =
  | {
      name: string;
      label: string;
      kind: 'text' | 'textarea';
      required?: boolean;
      max?: number;
      placeholder?: string;
    }
  /** `past`: the day cannot be after today (a birth, an award). */
  | { name: string; label: string; kind: 'date'; required?: boolean; past?: boolean }
  | {
      name: string;
      label: string;
      kind: 'select';
      required?: boolean;
      options: readonly string[];
    }
  | { name: string; label: string; kind: 'checkbox' };

export type FieldValue = string | boolean | undefined;
export type FieldValues = Record<string, FieldValue>;

export function fieldSchema(field: FieldDef): z.ZodType<FieldValue> {
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const max = field.max ?? (field.kind === 'textarea' ? 1000 : 100);
      return field.required ? requiredText(field.label, max) : optionalText(field.label, max);
    }
    case 'date': {
      const date = dateField(field.label, { past: field.past });
      return field.required ? date : optional(date);
    }
    case 'select': {
      const choice = z.enum(field.options as [string, ...string[]], {
        error: `请选择${field.label}`,
      });
      return field.required
        ? z.string({ error: `请选择${field.label}` }).pipe(choice)
        : optional(choice);
    }
    case 'checkbox':
      return z.boolean().default(false);
  }
}

/** Dates are yyyy-MM-dd, so their order is the order of the strings. */
export function refineDateRange(
  values: Record<string, unknown>,
  ctx: z.RefinementCtx,
  range: { start: string; end: string; endLabel: string; startLabel: string },
) {
  const start = values[range.start];
  const end = values[range.end];
  const isDate = (v: unknown): v is string => typeof v === 'string' && DATE_PATTERN.test(v);
  if (isDate(start) && isDate(end) && end < start) {
    ctx.addIssue({
      code: 'custom',
      path: [range.end],
      message: `${range.endLabel}不能早于${range.startLabel}`,
    });
  }
}

/** A strict object schema from field definitions, with the start/end order check if present. */
export function schemaOfFields(fields: readonly FieldDef[]) {
  const shape: Record<string, z.ZodType<FieldValue>> = {};
  for (const field of fields) shape[field.name] = fieldSchema(field);
  const start = fields.find((f) => f.name === 'startDate');
  const end = fields.find((f) => f.name === 'endDate');
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `包含未知字段：${issue.keys.join('、')}` : undefined,
    })
    .superRefine((values, ctx) => {
      if (start && end) {
        refineDateRange(values, ctx, {
          start: 'startDate',
          end: 'endDate',
          startLabel: start.label,
          endLabel: end.label,
        });
      }
    }, always) as unknown as z.ZodType<FieldValues>;
}

/** How a stored value reads in a summary, a change log or the registration form; '' if empty. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

export function displayValue(field: FieldDef, value: unknown): string {
  return field.kind === 'checkbox' ? (value ? '是' : '否') : valueText(value);
}

/** What an empty 结束日期 after a 开始日期 means: the entry runs on (a current job, a study). */
export const ONGOING_END_TEXT = '至今';

/** A field of a list entry as it reads: `displayValue`, and 至今 for an open-ended entry. */
export function entryFieldText(field: FieldDef, data: Record<string, unknown>): string {
  const text = displayValue(field, data[field.name]);
  if (!text && field.name === 'endDate' && valueText(data.startDate)) return ONGOING_END_TEXT;
  return text;
}
