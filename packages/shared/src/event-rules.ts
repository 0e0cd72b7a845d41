// The time rules of events (manual §4.1.2–4.1.3, SPEC §2.4), as pure functions of the clock: the
// API refuses with the reason these give, and the pages disable the button with the same words.
// Every window is half-open: allowed from its start, refused from its end on.
import { addShanghaiMonths, chineseDateTime } from './dates.ts';

const HOUR = 3600_000;

/** 取消报名 is allowed until 24 hours before registration closes. */
export const CANCEL_BEFORE_CLOSE_HOURS = 24;
/** 请假 is allowed from registration close until 2 hours before the start. */
export const LEAVE_BEFORE_START_HOURS = 2;
/** How long a waitlist offer (候补名额) is kept for its holder, unless staff set otherwise. */
export const DEFAULT_OFFER_HOURS = 12;

export type EventTimes = {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
};

/** Whether a window is open now, and if not, the sentence that says why and until/from when. */
export type Window = { open: true } | { open: false; reason: string };

const OPEN: Window = { open: true };

export function registrationWindow(
  times: Pick<EventTimes, 'registrationOpensAt' | 'registrationClosesAt'>,
  now: Date,
): Window {
  if (now < times.registrationOpensAt)
    return {
      open: false,
      reason: `报名尚未开始，请于 ${chineseDateTime(times.registrationOpensAt)} 后报名`,
    };
  if (now >= times.registrationClosesAt)
    return { open: false, reason: `报名已于 ${chineseDateTime(times.registrationClosesAt)} 截止` };
  return OPEN;
}

export function cancelDeadline(times: Pick<EventTimes, 'registrationClosesAt'>): Date {
  return new Date(times.registrationClosesAt.getTime() - CANCEL_BEFORE_CLOSE_HOURS * HOUR);
}

/** 取消报名 of a place (a waitlist entry may always be left: it holds no place). */
export function cancelWindow(times: Pick<EventTimes, 'registrationClosesAt'>, now: Date): Window {
  const deadline = cancelDeadline(times);
  if (now < deadline) return OPEN;
  return {
    open: false,
    reason: `取消报名需在 ${chineseDateTime(deadline)} 之前进行（报名截止前 ${CANCEL_BEFORE_CLOSE_HOURS} 小时），现已超过期限；如不能参加，请在报名截止后申请请假`,
  };
}

export function leaveDeadline(times: Pick<EventTimes, 'startsAt'>): Date {
  return new Date(times.startsAt.getTime() - LEAVE_BEFORE_START_HOURS * HOUR);
}

export function leaveWindow(
  times: Pick<EventTimes, 'startsAt' | 'registrationClosesAt'>,
  now: Date,
): Window {
  const deadline = leaveDeadline(times);
  if (now < times.registrationClosesAt)
    return {
      open: false,
      reason: `请假自报名截止（${chineseDateTime(times.registrationClosesAt)}）后开始；在此之前如不能参加，请取消报名`,
    };
  if (now >= deadline)
    return {
      open: false,
      reason: `请假需在活动开始前 ${LEAVE_BEFORE_START_HOURS} 小时（${chineseDateTime(deadline)}）之前提交，现已超过期限`,
    };
  return OPEN;
}

/** When an offer made now runs out: after `offerHours`, never after registration closes. */
export function offerExpiry(
  times: Pick<EventTimes, 'registrationClosesAt'>,
  offerHours: number,
  now: Date,
): Date {
  const end = now.getTime() + offerHours * HOUR;
  return new Date(Math.min(end, times.registrationClosesAt.getTime()));
}

/** N no-shows within M months suspend online registration for K months (staff set N, M, K). */
export type SuspensionRule = { noShows: number; withinMonths: number; suspendMonths: number };
export const DEFAULT_SUSPENSION_RULE: SuspensionRule = {
  noShows: 3,
  withinMonths: 12,
  suspendMonths: 6,
};

/**
 * Whether these no-shows (the start of each event missed) earn a suspension: the latest one and
 * the ones before it within `withinMonths` of it, when they reach `noShows`. The suspension runs
 * `suspendMonths` from the latest. Returns the no-shows that counted, newest first.
 */
export function suspensionFor(
  noShowStarts: readonly Date[],
  rule: SuspensionRule,
): { until: Date; counted: Date[] } | null {
  const sorted = [...noShowStarts].sort((a, b) => b.getTime() - a.getTime());
  const latest = sorted[0];
  if (!latest || rule.noShows < 1) return null;
  const windowStart = addShanghaiMonths(latest, -rule.withinMonths);
  const counted = sorted.filter((d) => d > windowStart);
  if (counted.length < rule.noShows) return null;
  return { until: addShanghaiMonths(latest, rule.suspendMonths), counted };
}
