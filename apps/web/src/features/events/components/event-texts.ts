import { chineseDateTime, formatDate, formatDateTime } from '@lx/shared/dates';
import type { MemberEvent, MemberRegistration } from '@lx/shared/event-schemas';
import {
  ACTIVE_REGISTRATION_STATES,
  PLACE_HOLDING_STATES,
  REGISTRATION_WORKFLOW,
  type RegistrationState,
} from '@lx/shared/event-workflow';
import type { AccountKind } from '@lx/shared/labels';
import { canApply } from '@lx/shared/workflow';

// The words of the events pages that depend on the data: places, times, where a registration
// stands and what the member may still do. Pure, so the unit tests read them without a page.

type Places = Pick<MemberEvent, 'placesLeft' | 'waitlist'>;

/** 还剩 N 个名额 / 已报满（可候补） / 已报满, as a card says it. */
export function placesText(event: Places): string {
  if (event.placesLeft > 0) return `还剩 ${event.placesLeft} 个名额`;
  return event.waitlist ? '已报满（可候补）' : '已报满';
}

/** 报名人数限制: 50人（还剩 12 个名额）, 50人（已报满，可候补 3 人候补中）… */
export function capacityText(
  event: Places & Pick<MemberEvent, 'capacity' | 'waitlistLength'>,
): string {
  if (event.placesLeft > 0) return `${event.capacity}人（还剩 ${event.placesLeft} 个名额）`;
  if (!event.waitlist) return `${event.capacity}人（已报满）`;
  const waiting = event.waitlistLength > 0 ? `，已有 ${event.waitlistLength} 人候补` : '';
  return `${event.capacity}人（已报满，可候补${waiting}）`;
}

/** 2026-12-05 09:00 至 12:00 on one day, both ends in full otherwise (Shanghai time). */
export function timeRange(start: string, end: string): string {
  const sameDay = formatDate(start) === formatDate(end);
  return `${formatDateTime(start)} 至 ${sameDay ? formatDateTime(end).slice(11) : formatDateTime(end)}`;
}

/** 报名时间：… 至 …（报满即止） */
export function registrationPeriod(
  event: Pick<MemberEvent, 'registrationOpensAt' | 'registrationClosesAt'>,
): string {
  return `${timeRange(event.registrationOpensAt, event.registrationClosesAt)}（报满即止）`;
}

/** This account's registrations that still count (not cancelled, not run out). */
export function activeRegistrations(registrations: readonly MemberRegistration[]) {
  const active: readonly RegistrationState[] = ACTIVE_REGISTRATION_STATES;
  return registrations.filter((r) => active.includes(r.state));
}

/**
 * What the page offers for a new registration: the button's words, or why there is none. A
 * lawyer registers only themself, once; a firm or office up to 每人限报 of its lawyers.
 */
export type RegisterOffer =
  | { kind: 'open'; label: string; waitlist: boolean }
  | { kind: 'closed'; reason: string }
  | { kind: 'full'; reason: string }
  | { kind: 'done'; reason: string | null };

export function registerOffer(
  event: Pick<
    MemberEvent,
    'register' | 'placesLeft' | 'waitlist' | 'perAccountLimit' | 'registrations'
  >,
  accountKind: AccountKind,
): RegisterOffer {
  if (!event.register.open) return { kind: 'closed', reason: event.register.reason };
  const held = activeRegistrations(event.registrations).length;
  if (accountKind !== 'ORGANISATION' && held > 0) return { kind: 'done', reason: null };
  if (held >= event.perAccountLimit)
    return {
      kind: 'done',
      reason: `本次活动每人限报 ${event.perAccountLimit} 个，您的报名已达上限。`,
    };
  if (event.placesLeft > 0)
    return {
      kind: 'open',
      label: `我要报名（还剩 ${event.placesLeft} 个名额）`,
      waitlist: false,
    };
  if (event.waitlist) return { kind: 'open', label: '加入候补', waitlist: true };
  return { kind: 'full', reason: '本次活动名额已满。' };
}

/** 候补第 3 位, or the offer's deadline: what a registration's tag alone does not say. */
export function registrationNote(registration: MemberRegistration): string | null {
  if (canApply(REGISTRATION_WORKFLOW, 'accept', registration.state)) {
    return registration.offerExpiresAt
      ? `候补名额待确认：请在 ${chineseDateTime(registration.offerExpiresAt)} 之前确认`
      : '候补名额待确认';
  }
  if (canApply(REGISTRATION_WORKFLOW, 'offer', registration.state)) {
    return registration.waitlistPosition ? `候补第 ${registration.waitlistPosition} 位` : '候补中';
  }
  return null;
}

/**
 * The line above my registrations: an offer to confirm first, then 您已经报名此活动 for a held
 * place, then the waitlist; null when none is active.
 */
export function registrationHeadline(
  registrations: readonly MemberRegistration[],
): { text: string; tone: 'warning' | 'success' | 'info' } | null {
  const offered = registrations.find((r) => canApply(REGISTRATION_WORKFLOW, 'accept', r.state));
  if (offered) return { text: registrationNote(offered)!, tone: 'warning' };
  const holding: readonly RegistrationState[] = PLACE_HOLDING_STATES;
  if (registrations.some((r) => holding.includes(r.state)))
    return { text: '您已经报名此活动', tone: 'success' };
  const waiting = registrations.find((r) => canApply(REGISTRATION_WORKFLOW, 'offer', r.state));
  if (waiting)
    return {
      text: waiting.waitlistPosition ? `候补中：候补第 ${waiting.waitlistPosition} 位` : '候补中',
      tone: 'info',
    };
  return null;
}

/** A registration still ahead of its event (what cancelling the event would cancel). */
export function isUpcoming(registration: MemberRegistration): boolean {
  return canApply(REGISTRATION_WORKFLOW, 'cancelWithEvent', registration.state);
}

/** The registrations whose holder shows the 签到码 at the door. */
export function showsCheckInCode(registration: MemberRegistration): boolean {
  return canApply(REGISTRATION_WORKFLOW, 'markAttended', registration.state);
}
