import { describe, expect, it } from 'vitest';
import { addShanghaiMonths, chineseDateTime } from '../src/dates.ts';
import {
  cancelDeadline,
  cancelWindow,
  DEFAULT_SUSPENSION_RULE,
  leaveWindow,
  offerExpiry,
  registrationWindow,
  suspensionFor,
} from '../src/event-rules.ts';
import { eventInputSchema, scopeLabel } from '../src/event-schemas.ts';

// Registration 2026-12-10 09:00 → 2026-12-20 18:00 Shanghai; the event 2026-12-22 09:00–17:00.
const times = {
  registrationOpensAt: new Date('2026-12-10T09:00:00+08:00'),
  registrationClosesAt: new Date('2026-12-20T18:00:00+08:00'),
  startsAt: new Date('2026-12-22T09:00:00+08:00'),
  endsAt: new Date('2026-12-22T17:00:00+08:00'),
};
const at = (iso: string) => new Date(iso);
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

describe('the registration window', () => {
  it('opens at its start and closes at its end', () => {
    expect(registrationWindow(times, ms(times.registrationOpensAt, -1)).open).toBe(false);
    expect(registrationWindow(times, times.registrationOpensAt).open).toBe(true);
    expect(registrationWindow(times, ms(times.registrationClosesAt, -1)).open).toBe(true);
    expect(registrationWindow(times, times.registrationClosesAt)).toEqual({
      open: false,
      reason: '报名已于 2026年12月20日 18:00 截止',
    });
  });
});

describe('取消报名 until 24 hours before registration closes', () => {
  it('is allowed up to the last millisecond before the deadline, refused at exactly 24 h', () => {
    expect(cancelDeadline(times)).toEqual(at('2026-12-19T18:00:00+08:00'));
    expect(cancelWindow(times, at('2026-12-19T17:59:59.999+08:00')).open).toBe(true);
    const refused = cancelWindow(times, at('2026-12-19T18:00:00+08:00'));
    expect(refused.open).toBe(false);
    expect(!refused.open && refused.reason).toContain('2026年12月19日 18:00 之前');
  });
});

describe('请假 from registration close until 2 hours before the start', () => {
  it('is refused before the close, allowed from it, refused at exactly 2 h before the start', () => {
    const before = leaveWindow(times, ms(times.registrationClosesAt, -1));
    expect(before.open).toBe(false);
    expect(!before.open && before.reason).toContain('报名截止');
    expect(leaveWindow(times, times.registrationClosesAt).open).toBe(true);
    expect(leaveWindow(times, at('2026-12-22T06:59:59.999+08:00')).open).toBe(true);
    const late = leaveWindow(times, at('2026-12-22T07:00:00+08:00'));
    expect(late.open).toBe(false);
    expect(!late.open && late.reason).toContain('2026年12月22日 07:00');
  });
});

describe('a waitlist offer', () => {
  it('runs for its hours, never past the close', () => {
    const now = at('2026-12-15T10:00:00+08:00');
    expect(offerExpiry(times, 12, now)).toEqual(at('2026-12-15T22:00:00+08:00'));
    expect(offerExpiry(times, 12, at('2026-12-20T12:00:00+08:00'))).toEqual(
      times.registrationClosesAt,
    );
  });
});

describe('no-show suspension (default 3 within 12 months, 6 months)', () => {
  const rule = DEFAULT_SUSPENSION_RULE;
  it('needs 3 no-shows within 12 months of the latest', () => {
    const two = [at('2026-03-01T09:00:00+08:00'), at('2026-09-01T09:00:00+08:00')];
    expect(suspensionFor(two, rule)).toBeNull();
    const spread = [at('2025-09-01T09:00:00+08:00'), ...two];
    expect(suspensionFor(spread, rule)).toBeNull(); // exactly 12 months before the latest: out
    const three = [at('2025-09-01T09:00:01+08:00'), ...two];
    const s = suspensionFor(three, rule)!;
    expect(s.counted).toHaveLength(3);
    expect(s.until).toEqual(at('2027-03-01T09:00:00+08:00'));
  });
  it('counts months on the Shanghai calendar', () => {
    expect(addShanghaiMonths(at('2026-08-31T23:30:00+08:00'), 6)).toEqual(
      at('2027-02-28T23:30:00+08:00'),
    );
    expect(chineseDateTime(at('2026-12-31T16:30:00Z'))).toBe('2027年01月01日 00:30');
  });
});

describe('the event form', () => {
  const valid = {
    title: '2026 年度执业培训',
    organiser: '市律师协会',
    location: '协会大厦三楼',
    startsAt: times.startsAt.toISOString(),
    endsAt: times.endsAt.toISOString(),
    registrationOpensAt: times.registrationOpensAt.toISOString(),
    registrationClosesAt: times.registrationClosesAt.toISOString(),
    capacity: 100,
    perAccountLimit: 1,
    scopePractice: ['FULL_TIME', 'TRAINEE'],
    scopeOrganisations: ['LAW_FIRM'],
    attachmentsRequired: false,
    waitlist: true,
    offerHours: 12,
    trainingHours: 3.5,
    trainingKind: 'ONSITE',
  };
  it('accepts a whole event and writes its scope as the manual does', () => {
    const event = eventInputSchema.parse(valid);
    expect(scopeLabel(event)).toBe('专职律师,实习人员,全部律师事务所');
  });
  it('refuses times out of order, an empty scope, quarter hours and hours without a kind', () => {
    const result = eventInputSchema.safeParse({
      ...valid,
      endsAt: valid.startsAt,
      registrationClosesAt: ms(times.startsAt, 1).toISOString(),
      scopePractice: [],
      scopeOrganisations: [],
      trainingHours: 1.25,
      trainingKind: null,
    });
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(messages).toEqual({
      trainingHours: '学时以 0.5 为单位',
      endsAt: '活动结束时间应晚于开始时间',
      registrationClosesAt: '报名截止时间不能晚于活动开始时间',
      scopePractice: '请选择报名范围',
    });
    const noKind = eventInputSchema.safeParse({ ...valid, trainingKind: null });
    expect(noKind.error?.issues[0]?.message).toBe('记学时的活动请选择培训类别');
  });
});
