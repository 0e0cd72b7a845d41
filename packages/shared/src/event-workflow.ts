// Events (活动报名), SPEC §2.4 and the manual §4.1: the event, each registration and each leave
// request move through these tables. The API applies an action with a conditional update on the
// state (under the event's row lock when places change); the pages show the buttons the table
// allows and the tags it colours.
import { defineWorkflow, type ActionOf } from './workflow.ts';

export const EVENT_STATES = ['DRAFT', 'PUBLISHED', 'FINISHED', 'CANCELLED'] as const;
export type EventState = (typeof EVENT_STATES)[number];
export const EVENT_STATE_LABELS: Record<EventState, string> = {
  DRAFT: '草稿',
  PUBLISHED: '已发布',
  FINISHED: '已结束',
  CANCELLED: '已取消',
};

export const EVENT_WORKFLOW = defineWorkflow({
  states: EVENT_STATES,
  labels: EVENT_STATE_LABELS,
  colors: { DRAFT: 'default', PUBLISHED: 'processing', FINISHED: 'success', CANCELLED: 'error' },
  transitions: {
    // Editing a published event keeps it published; its capacity may only grow (event-rules.ts).
    edit: {
      from: ['DRAFT', 'PUBLISHED'],
      to: 'DRAFT',
      by: 'staff',
      label: '编辑',
      stays: ['PUBLISHED'],
    },
    publish: { from: ['DRAFT'], to: 'PUBLISHED', by: 'staff', label: '发布' },
    // 结束签到: registrations neither attended nor on leave become 缺席, attendees get the hours.
    closeAttendance: { from: ['PUBLISHED'], to: 'FINISHED', by: 'staff', label: '结束签到' },
    cancel: { from: ['DRAFT', 'PUBLISHED'], to: 'CANCELLED', by: 'staff', label: '取消活动' },
  },
});
export type EventAction = ActionOf<typeof EVENT_WORKFLOW>;

/**
 * One registration (报名) of one lawyer for one event. A place is held by 已报名, 候补待确认 (an
 * offer keeps the place for its holder until it runs out), 已请假, 已签到 and 缺席; 候补 waits in
 * line without a place.
 */
// A registration starts 已报名, or 候补中 when the event is full; the table starts at the waitlist so
// that every state is reached from its first one.
export const REGISTRATION_STATES = [
  'WAITLISTED',
  'REGISTERED',
  'OFFERED',
  'ON_LEAVE',
  'ATTENDED',
  'NO_SHOW',
  'CANCELLED',
  'OFFER_EXPIRED',
] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];
export const REGISTRATION_STATE_LABELS: Record<RegistrationState, string> = {
  REGISTERED: '已报名',
  WAITLISTED: '候补中',
  OFFERED: '候补待确认',
  ON_LEAVE: '已请假',
  ATTENDED: '已签到',
  NO_SHOW: '缺席',
  CANCELLED: '已取消',
  OFFER_EXPIRED: '候补已过期',
};

/** The states that hold a place (the event's placesTaken counts exactly these). */
export const PLACE_HOLDING_STATES = [
  'REGISTERED',
  'OFFERED',
  'ON_LEAVE',
  'ATTENDED',
  'NO_SHOW',
] as const satisfies readonly RegistrationState[];

/** The states that count against 每人限报 and against registering the same lawyer twice. */
export const ACTIVE_REGISTRATION_STATES = [
  ...PLACE_HOLDING_STATES,
  'WAITLISTED',
] as const satisfies readonly RegistrationState[];

export const REGISTRATION_WORKFLOW = defineWorkflow({
  states: REGISTRATION_STATES,
  labels: REGISTRATION_STATE_LABELS,
  colors: {
    REGISTERED: 'processing',
    WAITLISTED: 'gold',
    OFFERED: 'warning',
    ON_LEAVE: 'purple',
    ATTENDED: 'success',
    NO_SHOW: 'error',
    CANCELLED: 'default',
    OFFER_EXPIRED: 'default',
  },
  transitions: {
    cancel: {
      from: ['REGISTERED', 'WAITLISTED'],
      to: 'CANCELLED',
      by: 'member',
      label: '取消报名',
    },
    offer: { from: ['WAITLISTED'], to: 'OFFERED', by: 'system', label: '发出候补名额' },
    accept: { from: ['OFFERED'], to: 'REGISTERED', by: 'member', label: '确认报名' },
    decline: { from: ['OFFERED'], to: 'CANCELLED', by: 'member', label: '放弃名额' },
    expire: { from: ['OFFERED'], to: 'OFFER_EXPIRED', by: 'system', label: '候补名额过期' },
    approveLeave: { from: ['REGISTERED'], to: 'ON_LEAVE', by: 'staff', label: '批准请假' },
    markAttended: { from: ['REGISTERED', 'ON_LEAVE'], to: 'ATTENDED', by: 'staff', label: '签到' },
    undoAttended: { from: ['ATTENDED'], to: 'REGISTERED', by: 'staff', label: '撤销签到' },
    markNoShow: { from: ['REGISTERED'], to: 'NO_SHOW', by: 'system', label: '记为缺席' },
    cancelWithEvent: {
      from: ['REGISTERED', 'WAITLISTED', 'OFFERED', 'ON_LEAVE'],
      to: 'CANCELLED',
      by: 'staff',
      label: '随活动取消',
    },
  },
});
export type RegistrationAction = ActionOf<typeof REGISTRATION_WORKFLOW>;

export const LEAVE_STATES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type LeaveState = (typeof LEAVE_STATES)[number];
export const LEAVE_STATE_LABELS: Record<LeaveState, string> = {
  PENDING: '待审核',
  APPROVED: '已批准',
  REJECTED: '已驳回',
};

/** 请假: withdrawing one goes through a ticket (manual §4.1.3), so the member has no action here. */
export const LEAVE_WORKFLOW = defineWorkflow({
  states: LEAVE_STATES,
  labels: LEAVE_STATE_LABELS,
  colors: { PENDING: 'processing', APPROVED: 'success', REJECTED: 'error' },
  transitions: {
    approve: { from: ['PENDING'], to: 'APPROVED', by: 'staff', label: '批准' },
    reject: { from: ['PENDING'], to: 'REJECTED', by: 'staff', label: '驳回' },
  },
});
export type LeaveAction = ActionOf<typeof LEAVE_WORKFLOW>;
