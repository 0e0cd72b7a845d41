import { describe, expect, it } from 'vitest';
import type { MemberRegistration } from '@lx/shared/event-schemas';
import type { RegistrationState } from '@lx/shared/event-workflow';
import {
  activeRegistrations,
  capacityText,
  isUpcoming,
  placesText,
  registerOffer,
  registrationHeadline,
  registrationNote,
  registrationPeriod,
  showsCheckInCode,
  timeRange,
} from '@/features/events/components/event-texts';
import { tabFromSearch } from '@/features/events/components/event-tab';

function registration(
  state: RegistrationState,
  extra: Partial<MemberRegistration> = {},
): MemberRegistration {
  return {
    id: `r-${state}-${extra.waitlistPosition ?? 0}`,
    eventId: 'e1',
    state,
    name: '胡振华',
    workplace: '正衡律师事务所',
    mobile: '13807691012',
    createdAt: '2026-12-01T02:00:00.000Z',
    checkInCode: '123456',
    waitlistPosition: null,
    offerExpiresAt: null,
    attachments: [],
    leave: null,
    cancel: { open: true },
    requestLeave: { open: false, reason: '请假自报名截止后开始' },
    ...extra,
  };
}

type OfferEvent = Parameters<typeof registerOffer>[0];
const openEvent = (extra: Partial<OfferEvent> = {}): OfferEvent => ({
  register: { open: true },
  placesLeft: 12,
  waitlist: false,
  perAccountLimit: 1,
  registrations: [],
  ...extra,
});

describe('placesText (the card)', () => {
  it('counts the places left', () => {
    expect(placesText({ placesLeft: 12, waitlist: true })).toBe('还剩 12 个名额');
    expect(placesText({ placesLeft: 1, waitlist: false })).toBe('还剩 1 个名额');
  });

  it('says full, and whether the waitlist takes more', () => {
    expect(placesText({ placesLeft: 0, waitlist: true })).toBe('已报满（可候补）');
    expect(placesText({ placesLeft: 0, waitlist: false })).toBe('已报满');
    // Never a negative count, should a capacity have been lowered under the places taken.
    expect(placesText({ placesLeft: -2, waitlist: false })).toBe('已报满');
  });
});

describe('capacityText (报名人数限制)', () => {
  it('gives the limit and what is left', () => {
    expect(capacityText({ capacity: 50, placesLeft: 12, waitlist: false, waitlistLength: 0 })).toBe(
      '50人（还剩 12 个名额）',
    );
    expect(capacityText({ capacity: 50, placesLeft: 0, waitlist: false, waitlistLength: 0 })).toBe(
      '50人（已报满）',
    );
    expect(capacityText({ capacity: 50, placesLeft: 0, waitlist: true, waitlistLength: 3 })).toBe(
      '50人（已报满，可候补，已有 3 人候补）',
    );
  });
});

describe('timeRange and registrationPeriod (Shanghai time)', () => {
  it('writes the day once when both ends fall on it', () => {
    expect(timeRange('2026-12-05T01:00:00Z', '2026-12-05T04:30:00Z')).toBe(
      '2026-12-05 09:00 至 12:30',
    );
  });

  it('writes both days otherwise, by the Shanghai date', () => {
    // 23:00 UTC is the next morning in Shanghai.
    expect(timeRange('2026-12-04T23:00:00Z', '2026-12-05T09:00:00Z')).toBe(
      '2026-12-05 07:00 至 17:00',
    );
    expect(timeRange('2026-12-05T01:00:00Z', '2026-12-06T09:00:00Z')).toBe(
      '2026-12-05 09:00 至 2026-12-06 17:00',
    );
  });

  it('adds 报满即止 to the registration period', () => {
    expect(
      registrationPeriod({
        registrationOpensAt: '2026-11-20T01:00:00Z',
        registrationClosesAt: '2026-12-01T10:00:00Z',
      }),
    ).toBe('2026-11-20 09:00 至 2026-12-01 18:00（报满即止）');
  });
});

describe('registerOffer', () => {
  it('offers 我要报名 with the places left while open', () => {
    expect(registerOffer(openEvent(), 'LAWYER')).toEqual({
      kind: 'open',
      label: '我要报名（还剩 12 个名额）',
      waitlist: false,
    });
  });

  it('offers 加入候补 when full with a waitlist, and nothing when full without', () => {
    expect(registerOffer(openEvent({ placesLeft: 0, waitlist: true }), 'LAWYER')).toEqual({
      kind: 'open',
      label: '加入候补',
      waitlist: true,
    });
    expect(registerOffer(openEvent({ placesLeft: 0 }), 'LAWYER').kind).toBe('full');
  });

  it('gives the server’s reason when registration is not open', () => {
    const reason = '报名已于 2026年12月01日 18:00 截止';
    expect(registerOffer(openEvent({ register: { open: false, reason } }), 'LAWYER')).toEqual({
      kind: 'closed',
      reason,
    });
  });

  it('lets a lawyer register once, whatever the limit', () => {
    const waiting = [registration('WAITLISTED', { waitlistPosition: 2 })];
    expect(
      registerOffer(openEvent({ perAccountLimit: 3, registrations: waiting }), 'LAWYER'),
    ).toEqual({ kind: 'done', reason: null });
    // A cancelled registration does not count: the lawyer may register again.
    const cancelled = [registration('CANCELLED')];
    expect(registerOffer(openEvent({ registrations: cancelled }), 'LAWYER').kind).toBe('open');
  });

  it('lets a firm register lawyers up to 每人限报', () => {
    const two = [registration('REGISTERED'), registration('WAITLISTED', { waitlistPosition: 1 })];
    expect(
      registerOffer(openEvent({ perAccountLimit: 3, registrations: two }), 'ORGANISATION').kind,
    ).toBe('open');
    expect(
      registerOffer(openEvent({ perAccountLimit: 2, registrations: two }), 'ORGANISATION'),
    ).toEqual({ kind: 'done', reason: '本次活动每人限报 2 个，您的报名已达上限。' });
  });
});

describe('where my registrations stand', () => {
  it('counts the active ones only', () => {
    const all = (
      [
        'REGISTERED',
        'WAITLISTED',
        'OFFERED',
        'ON_LEAVE',
        'ATTENDED',
        'NO_SHOW',
        'CANCELLED',
        'OFFER_EXPIRED',
      ] as const
    ).map((state) => registration(state));
    expect(activeRegistrations(all).map((r) => r.state)).toEqual([
      'REGISTERED',
      'WAITLISTED',
      'OFFERED',
      'ON_LEAVE',
      'ATTENDED',
      'NO_SHOW',
    ]);
  });

  it('notes the waitlist place and the offer deadline', () => {
    expect(registrationNote(registration('WAITLISTED', { waitlistPosition: 3 }))).toBe(
      '候补第 3 位',
    );
    expect(
      registrationNote(registration('OFFERED', { offerExpiresAt: '2026-12-02T04:00:00Z' })),
    ).toBe('候补名额待确认：请在 2026年12月02日 12:00 之前确认');
    expect(registrationNote(registration('REGISTERED'))).toBeNull();
  });

  it('heads the list with the offer first, then the place, then the waitlist', () => {
    expect(registrationHeadline([registration('REGISTERED')])).toEqual({
      text: '您已经报名此活动',
      tone: 'success',
    });
    expect(registrationHeadline([registration('WAITLISTED', { waitlistPosition: 3 })])).toEqual({
      text: '候补中：候补第 3 位',
      tone: 'info',
    });
    expect(
      registrationHeadline([
        registration('REGISTERED'),
        registration('OFFERED', { offerExpiresAt: '2026-12-02T04:00:00Z' }),
      ])?.text,
    ).toBe('候补名额待确认：请在 2026年12月02日 12:00 之前确认');
    expect(registrationHeadline([registration('CANCELLED')])).toBeNull();
    expect(registrationHeadline([])).toBeNull();
  });

  it('shows the check-in code to a held place and the calendar to what lies ahead', () => {
    expect(showsCheckInCode(registration('REGISTERED'))).toBe(true);
    expect(showsCheckInCode(registration('WAITLISTED'))).toBe(false);
    expect(showsCheckInCode(registration('CANCELLED'))).toBe(false);
    expect(isUpcoming(registration('WAITLISTED'))).toBe(true);
    expect(isUpcoming(registration('ATTENDED'))).toBe(false);
    expect(isUpcoming(registration('CANCELLED'))).toBe(false);
  });
});

describe('tabFromSearch', () => {
  it('reads the tab in the address, 正在报名的活动 otherwise', () => {
    expect(tabFromSearch('mine')).toBe('mine');
    expect(tabFromSearch('open')).toBe('open');
    for (const value of [null, '', 'MINE', 'all']) expect(tabFromSearch(value)).toBe('open');
  });
});
