import { DEFAULT_OFFER_HOURS } from '@lx/shared/event-rules';
import { eventInputSchema, type EventInput, type StaffEvent } from '@lx/shared/event-schemas';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  PRACTICE_CATEGORIES,
  PRACTICE_CATEGORY_LABELS,
  type OrganisationKind,
  type PracticeCategory,
} from '@lx/shared/labels';
import type { TrainingKind } from '@lx/shared/training-kinds';
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';

// The event form's values and the shared eventInputSchema meet here, at the edge: the form holds
// dayjs ranges, one list of 报名范围 ticks and InputNumber's nulls; the API takes ISO instants, two
// scope lists and numbers. The form validates with the shared schema through this mapping, so its
// messages are the server's, shown on the form's own fields.

/** A RangePicker's value: both ends, or nothing. */
export type TimeRange = [Dayjs | null, Dayjs | null] | null;

/** 报名范围 as one row of ticks: the practice categories, then 全部… organisation kinds. */
export type ScopeOption = PracticeCategory | OrganisationKind;

export const SCOPE_OPTIONS: { value: ScopeOption; label: string }[] = [
  ...PRACTICE_CATEGORIES.map((c) => ({ value: c, label: PRACTICE_CATEGORY_LABELS[c] })),
  ...ORGANISATION_KINDS.map((k) => ({ value: k, label: `全部${ORGANISATION_KIND_LABELS[k]}` })),
];

export type EventFormValues = {
  title: string;
  organiser: string;
  guests: string;
  location: string;
  eventTime: TimeRange;
  registrationTime: TimeRange;
  capacity: number | null;
  perAccountLimit: number | null;
  scope: ScopeOption[];
  notice: string;
  summary: string;
  precautions: string;
  attachmentsRequired: boolean;
  waitlist: boolean;
  offerHours: number | null;
  trainingHours: number | null;
  trainingKind: TrainingKind | null;
};

export const EVENT_FORM_FIELDS = [
  'title',
  'organiser',
  'guests',
  'location',
  'eventTime',
  'registrationTime',
  'capacity',
  'perAccountLimit',
  'scope',
  'notice',
  'summary',
  'precautions',
  'attachmentsRequired',
  'waitlist',
  'offerHours',
  'trainingHours',
  'trainingKind',
] as const satisfies readonly (keyof EventFormValues)[];

/** An ISO instant as the pickers show it (the browser's time zone: the console runs in Shanghai). */
export function dayjsOf(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const d = dayjs(iso);
  return d.isValid() ? d : null;
}

/**
 * A picked moment as the API takes it: ISO 8601 in UTC, to the minute (the pickers show hours and
 * minutes; the seconds of "now" must not slip in unseen).
 */
export function instantOf(value: Dayjs | null | undefined): string | undefined {
  if (!value || !value.isValid()) return undefined;
  return value.second(0).millisecond(0).toISOString();
}

function rangeOf(from: string | undefined, to: string | undefined): TimeRange {
  const start = dayjsOf(from);
  const end = dayjsOf(to);
  return start || end ? [start, end] : null;
}

/** What the form starts with: the event as loaded, or the defaults of a new one. */
export function eventFormValues(event: StaffEvent | null): EventFormValues {
  if (!event) {
    return {
      title: '',
      organiser: '',
      guests: '',
      location: '',
      eventTime: null,
      registrationTime: null,
      capacity: null,
      perAccountLimit: 1,
      scope: [],
      notice: '',
      summary: '',
      precautions: '',
      attachmentsRequired: false,
      waitlist: true,
      offerHours: DEFAULT_OFFER_HOURS,
      trainingHours: 0,
      trainingKind: null,
    };
  }
  return {
    title: event.title,
    organiser: event.organiser,
    guests: event.guests ?? '',
    location: event.location,
    eventTime: rangeOf(event.startsAt, event.endsAt),
    registrationTime: rangeOf(event.registrationOpensAt, event.registrationClosesAt),
    capacity: event.capacity,
    perAccountLimit: event.perAccountLimit,
    scope: [...event.scopePractice, ...event.scopeOrganisations],
    notice: event.notice ?? '',
    summary: event.summary ?? '',
    precautions: event.precautions ?? '',
    attachmentsRequired: event.attachmentsRequired,
    waitlist: event.waitlist,
    offerHours: event.offerHours,
    trainingHours: event.trainingHours,
    trainingKind: event.trainingKind,
  };
}

const isPractice = (v: unknown): v is PracticeCategory => PRACTICE_CATEGORIES.some((c) => c === v);
const isOrganisation = (v: unknown): v is OrganisationKind =>
  ORGANISATION_KINDS.some((k) => k === v);
const numberOrUndefined = (v: number | null | undefined) => (typeof v === 'number' ? v : undefined);

/**
 * The form's values as eventInputSchema reads them (not yet checked): instants from the ranges,
 * the two scope lists from the ticks, no nulls where the schema wants a number.
 */
export function eventInputOf(values: Partial<EventFormValues>): Record<string, unknown> {
  const scope = values.scope ?? [];
  return {
    title: values.title,
    organiser: values.organiser,
    guests: values.guests,
    location: values.location,
    startsAt: instantOf(values.eventTime?.[0]),
    endsAt: instantOf(values.eventTime?.[1]),
    registrationOpensAt: instantOf(values.registrationTime?.[0]),
    registrationClosesAt: instantOf(values.registrationTime?.[1]),
    capacity: numberOrUndefined(values.capacity),
    perAccountLimit: numberOrUndefined(values.perAccountLimit),
    scopePractice: scope.filter(isPractice),
    scopeOrganisations: scope.filter(isOrganisation),
    notice: values.notice,
    summary: values.summary,
    precautions: values.precautions,
    attachmentsRequired: values.attachmentsRequired ?? false,
    waitlist: values.waitlist ?? false,
    offerHours: numberOrUndefined(values.offerHours),
    trainingHours: numberOrUndefined(values.trainingHours),
    // A cleared Select gives undefined; "no kind" is null to the schema.
    trainingKind: values.trainingKind ?? null,
  };
}

/** The form field that shows a message about an input field (or the API's `event.<field>`). */
const FIELD_OF_INPUT: Record<string, (typeof EVENT_FORM_FIELDS)[number]> = {
  startsAt: 'eventTime',
  endsAt: 'eventTime',
  registrationOpensAt: 'registrationTime',
  registrationClosesAt: 'registrationTime',
  scopePractice: 'scope',
  scopeOrganisations: 'scope',
};

export function formFieldOf(path: string): string | undefined {
  const head = (path.startsWith('event.') ? path.slice('event.'.length) : path).split('.')[0] ?? '';
  const field = FIELD_OF_INPUT[head] ?? head;
  return (EVENT_FORM_FIELDS as readonly string[]).includes(field) ? field : undefined;
}

/**
 * The API's field errors on the form's fields, the first message per field; errors about no field
 * of the form (the version, say) are left out, and the caller shows the error's message instead.
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
 * The form's schema: the values mapped as above and checked by the shared eventInputSchema, its
 * issues moved to the form's fields; the output is what POST and PUT take.
 */
export const eventFormSchema = z.custom<Partial<EventFormValues>>().transform((values, ctx) => {
  const parsed = eventInputSchema.safeParse(eventInputOf(values ?? {}));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = formFieldOf(issue.path.map(String).join('.'));
    ctx.addIssue({ code: 'custom', message: issue.message, path: field ? [field] : [] });
  }
  return z.NEVER;
}) satisfies z.ZodType<EventInput, Partial<EventFormValues>>;
