import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { StaffEvent } from '@lx/shared/event-schemas';
import {
  dayjsOf,
  eventFormSchema,
  eventFormValues,
  eventInputOf,
  formFieldErrors,
  instantOf,
  type EventFormValues,
} from '@/features/events/components/event-form-values';

const event: StaffEvent = {
  id: '0b6f5c9e-4f43-4a35-9d7a-3b5f0f6c1a01',
  title: '青年律师执业技能培训',
  organiser: '东江市律师协会',
  guests: null,
  location: '协会培训中心',
  startsAt: '2026-12-12T01:00:00.000Z',
  endsAt: '2026-12-12T04:30:00.000Z',
  registrationOpensAt: '2026-12-01T00:00:00.000Z',
  registrationClosesAt: '2026-12-10T10:00:00.000Z',
  capacity: 80,
  perAccountLimit: 1,
  scopePractice: ['FULL_TIME', 'TRAINEE'],
  scopeOrganisations: ['LAW_FIRM'],
  notice: null,
  summary: '培训内容：庭审技巧。',
  precautions: null,
  attachmentsRequired: false,
  waitlist: true,
  offerHours: 12,
  trainingHours: 3.5,
  trainingKind: 'ONSITE',
  state: 'PUBLISHED',
  placesTaken: 12,
  version: 4,
  cancelReason: null,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-21T02:00:00.000Z',
  counts: {
    REGISTERED: 9,
    WAITLISTED: 0,
    OFFERED: 0,
    ON_LEAVE: 1,
    ATTENDED: 2,
    NO_SHOW: 0,
    CANCELLED: 3,
    OFFER_EXPIRED: 0,
  },
};

/** A valid form as a person fills it in. */
function filled(overrides: Partial<EventFormValues> = {}): EventFormValues {
  return { ...eventFormValues(event), ...overrides };
}

describe('the event form and ISO instants', () => {
  it('shows each instant as the same moment and sends it back unchanged', () => {
    const values = eventFormValues(event);
    expect(values.eventTime?.[0]?.toISOString()).toBe(event.startsAt);
    expect(values.registrationTime?.[1]?.toISOString()).toBe(event.registrationClosesAt);
    const input = eventFormSchema.parse(values);
    expect(input).toMatchObject({
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      registrationOpensAt: event.registrationOpensAt,
      registrationClosesAt: event.registrationClosesAt,
    });
  });

  it('sends a picked moment in UTC, to the minute', () => {
    const picked = dayjs('2026-12-12T09:30:41.250+08:00');
    expect(instantOf(picked)).toBe('2026-12-12T01:30:00.000Z');
    expect(instantOf(null)).toBeUndefined();
    expect(instantOf(dayjs('not a date'))).toBeUndefined();
  });

  it('reads no date from nothing or from garbage', () => {
    expect(dayjsOf(null)).toBeNull();
    expect(dayjsOf('')).toBeNull();
    expect(dayjsOf('garbage')).toBeNull();
  });

  it('maps the edited event back to the input the API takes', () => {
    // An empty optional text goes as '' (the shared schema keeps it): the edit clears the field.
    expect(eventFormSchema.parse(eventFormValues(event))).toEqual({
      title: '青年律师执业技能培训',
      organiser: '东江市律师协会',
      guests: '',
      location: '协会培训中心',
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      registrationOpensAt: event.registrationOpensAt,
      registrationClosesAt: event.registrationClosesAt,
      capacity: 80,
      perAccountLimit: 1,
      scopePractice: ['FULL_TIME', 'TRAINEE'],
      scopeOrganisations: ['LAW_FIRM'],
      notice: '',
      summary: '培训内容：庭审技巧。',
      precautions: '',
      attachmentsRequired: false,
      waitlist: true,
      offerHours: 12,
      trainingHours: 3.5,
      trainingKind: 'ONSITE',
    });
  });

  it('splits the 报名范围 ticks into practice categories and organisation kinds', () => {
    const input = eventInputOf({ scope: ['LAW_FIRM', 'PART_TIME', 'PUBLIC_OFFICE', 'COMPANY'] });
    expect(input.scopePractice).toEqual(['PART_TIME', 'COMPANY']);
    expect(input.scopeOrganisations).toEqual(['LAW_FIRM', 'PUBLIC_OFFICE']);
  });

  it('starts a new event empty, one registration each, with the waitlist on', () => {
    const values = eventFormValues(null);
    expect(values).toMatchObject({
      title: '',
      eventTime: null,
      registrationTime: null,
      capacity: null,
      perAccountLimit: 1,
      scope: [],
      waitlist: true,
      offerHours: 12,
      trainingHours: 0,
      trainingKind: null,
    });
  });
});

describe("the event form's messages", () => {
  const errors = (values: Partial<EventFormValues>) => {
    const parsed = eventFormSchema.safeParse(values);
    expect(parsed.success).toBe(false);
    const out: Record<string, string> = {};
    for (const issue of parsed.error?.issues ?? []) out[issue.path.join('.')] ??= issue.message;
    return out;
  };

  it("puts the shared schema's messages on the form's own fields", () => {
    const empty = errors(eventFormValues(null));
    expect(empty).toMatchObject({
      title: '请填写活动名称',
      organiser: '请填写主办方',
      location: '请填写活动地点',
      eventTime: '请选择活动开始时间',
      registrationTime: '请选择报名开始时间',
      capacity: '请填写报名人数限制',
      scope: '请选择报名范围',
    });
    expect(Object.keys(empty)).not.toContain('startsAt');
    expect(Object.keys(empty)).not.toContain('scopePractice');
  });

  it('says so when the event ends before it starts, on 活动时间', () => {
    const [start] = eventFormValues(event).eventTime ?? [];
    expect(errors(filled({ eventTime: [start!, start!.subtract(1, 'hour')] }))).toEqual({
      eventTime: '活动结束时间应晚于开始时间',
    });
  });

  it('refuses registration closing after the start, on 报名时间', () => {
    const [opens] = eventFormValues(event).registrationTime ?? [];
    expect(
      errors(filled({ registrationTime: [opens!, dayjs('2026-12-12T02:00:00.000Z')] })),
    ).toEqual({ registrationTime: '报名截止时间不能晚于活动开始时间' });
  });

  it('asks for a training kind when hours are credited, and hours in halves', () => {
    expect(errors(filled({ trainingKind: null }))).toEqual({
      trainingKind: '记学时的活动请选择培训类别',
    });
    expect(errors(filled({ trainingHours: 1.25 }))).toEqual({ trainingHours: '学时以 0.5 为单位' });
    expect(
      eventFormSchema.parse(filled({ trainingHours: 0, trainingKind: null })).trainingKind,
    ).toBe(null);
  });
});

describe("the API's field errors on the form", () => {
  it('moves instants and scopes to their pickers and drops the `event.` of an edit', () => {
    expect(
      formFieldErrors({
        'event.capacity': '报名人数限制不能少于已占用的名额 12',
        registrationClosesAt: '报名截止时间不能晚于活动开始时间',
        'event.scopeOrganisations.0': '报名范围无效',
        version: '版本无效',
      }),
    ).toEqual({
      capacity: '报名人数限制不能少于已占用的名额 12',
      registrationTime: '报名截止时间不能晚于活动开始时间',
      scope: '报名范围无效',
    });
  });

  it('keeps the first message of a field', () => {
    expect(formFieldErrors({ startsAt: '甲', endsAt: '乙' })).toEqual({ eventTime: '甲' });
  });
});
