import {
  categoryTargetLabel,
  CIRCULATION_KIND_LABELS,
  documentInputSchema,
  targetKey,
  type CirculationGroupSummary,
  type CirculationTarget,
  type DocumentInput,
  type SecrecyLevel,
  type StaffDocument,
} from '@lx/shared/document-schemas';
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';

// The compose form's values and the shared documentInputSchema meet here: the form holds dayjs
// days for the DatePickers and the 传阅对象 as rows with a readable label; the API takes
// yyyy-MM-dd and the bare targets. The form validates with the shared schema through this
// mapping, so its messages are the server's, shown on the form's own fields.

export const DATE_FORMAT = 'YYYY-MM-DD';

/** One 传阅对象 as the editor lists it: the target, its identity and the text the clerk reads. */
export type TargetRow = { key: string; label: string; target: CirculationTarget };

export type DocumentFormValues = {
  number: string;
  issuer: string;
  issuedOn: Dayjs | null;
  receivedOn: Dayjs | null;
  secrecy: SecrecyLevel | undefined;
  title: string;
  subjectWords: string;
  body: string;
  readBy: Dayjs | null;
  circulation: TargetRow[];
};

export const DOCUMENT_FORM_FIELDS = [
  'number',
  'issuer',
  'issuedOn',
  'receivedOn',
  'secrecy',
  'title',
  'subjectWords',
  'body',
  'readBy',
  'circulation',
] as const satisfies readonly (keyof DocumentFormValues)[];

/** A yyyy-MM-dd day as the DatePicker shows it. */
export function dayOf(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value, DATE_FORMAT);
  return d.isValid() ? d : null;
}

/** A picked day as the API takes it (yyyy-MM-dd), or nothing. */
export function dateOf(value: Dayjs | null | undefined): string | undefined {
  if (!value || !value.isValid()) return undefined;
  return value.format(DATE_FORMAT);
}

/**
 * The text of a target: the fixed ones from their kind (全部律师, 全部法律援助律师…), an
 * organisation, group or person by the name given (what the clerk picked, or the server's label).
 */
export function targetLabel(target: CirculationTarget, name?: string | null): string {
  switch (target.kind) {
    case 'PRACTICE_CATEGORY':
      return categoryTargetLabel(target.category);
    case 'ALL_LAWYERS':
    case 'FIRM_HEADS':
      return CIRCULATION_KIND_LABELS[target.kind];
    default:
      return name ? name : `${CIRCULATION_KIND_LABELS[target.kind]}（名称未知）`;
  }
}

export function targetRowOf(target: CirculationTarget, name?: string | null): TargetRow {
  return { key: targetKey(target), label: targetLabel(target, name), target };
}

/** The server's summary of a target (with its label) that stands for `target`, if any. */
function summaryOf(
  target: CirculationTarget,
  summaries: readonly CirculationGroupSummary[],
): CirculationGroupSummary | undefined {
  return summaries.find((s) => {
    if (s.kind !== target.kind) return false;
    switch (target.kind) {
      case 'PRACTICE_CATEGORY':
        return s.category === target.category;
      case 'ORGANISATION':
        return s.organisationId === target.organisationId;
      case 'GROUP':
        return s.groupId === target.groupId;
      case 'MEMBER':
        return s.accountId === target.accountId;
      default:
        return true;
    }
  });
}

/** The rows of a saved draft: its targets, named by the labels the server gives them. */
export function targetRowsOf(
  document: Pick<StaffDocument, 'targets' | 'circulation'>,
): TargetRow[] {
  return document.targets.map((target) =>
    targetRowOf(target, summaryOf(target, document.circulation)?.label),
  );
}

/** `rows` with `row` added at the end, unless the same target is there already. */
export function withTarget(rows: readonly TargetRow[], row: TargetRow): TargetRow[] {
  return rows.some((r) => r.key === row.key) ? [...rows] : [...rows, row];
}

/** What the form starts with: the draft as loaded, or an empty one. */
export function documentFormValues(document: StaffDocument | null): DocumentFormValues {
  if (!document) {
    return {
      number: '',
      issuer: '',
      issuedOn: null,
      receivedOn: null,
      secrecy: undefined,
      title: '',
      subjectWords: '',
      body: '',
      readBy: null,
      circulation: [],
    };
  }
  return {
    number: document.number,
    issuer: document.issuer,
    issuedOn: dayOf(document.issuedOn),
    receivedOn: dayOf(document.receivedOn),
    secrecy: document.secrecy,
    title: document.title,
    subjectWords: document.subjectWords ?? '',
    body: document.body,
    readBy: dayOf(document.readBy),
    circulation: targetRowsOf(document),
  };
}

/** The form's values as documentInputSchema reads them (not yet checked). */
export function documentInputOf(values: Partial<DocumentFormValues>): Record<string, unknown> {
  return {
    number: values.number,
    issuer: values.issuer,
    issuedOn: dateOf(values.issuedOn),
    receivedOn: dateOf(values.receivedOn),
    secrecy: values.secrecy,
    title: values.title,
    subjectWords: values.subjectWords,
    body: values.body,
    readBy: dateOf(values.readBy),
    circulation: (values.circulation ?? []).map((row) => row.target),
  };
}

/** The form field that shows a message about an input path (or the API's `document.<path>`). */
export function formFieldOf(path: string): string | undefined {
  const rest = path.startsWith('document.') ? path.slice('document.'.length) : path;
  const head = rest.split('.')[0] ?? '';
  return (DOCUMENT_FORM_FIELDS as readonly string[]).includes(head) ? head : undefined;
}

/**
 * The API's field errors on the form's fields, the first message per field; errors about no field
 * of the form (the version) are left out, and the caller shows the error's message instead.
 */
export function formFieldErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = formFieldOf(path);
    if (field) out[field] ??= message;
  }
  return out;
}

/**
 * The form's schema: the values mapped as above and checked by the shared documentInputSchema,
 * its issues moved to the form's fields; the output is what POST and PUT take.
 */
export const documentFormSchema = z
  .custom<Partial<DocumentFormValues>>()
  .transform((values, ctx) => {
    const parsed = documentInputSchema.safeParse(documentInputOf(values ?? {}));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = formFieldOf(issue.path.map(String).join('.'));
      ctx.addIssue({ code: 'custom', message: issue.message, path: field ? [field] : [] });
    }
    return z.NEVER;
  }) satisfies z.ZodType<DocumentInput, Partial<DocumentFormValues>>;
