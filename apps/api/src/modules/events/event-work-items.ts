import { chineseDateTime } from '@lx/shared/dates';
import type { WorkItem } from '@lx/shared/home-schemas';
import { LEAVE_WORKFLOW, type LeaveState } from '@lx/shared/event-workflow';
import { sqlFragment } from '../../db/direct-sql.ts';
import { waitingRecords, workItemSource } from '../home/work-items.ts';

const DAY = 24 * 3600_000;

type OwnEvents = {
  offers: { offerExpiresAt: string; eventId: string; title: string }[];
  leaves: {
    id: string;
    state: LeaveState;
    decisionReason: string | null;
    eventId: string;
    title: string;
  }[];
  soon: { id: string; eventId: string; title: string; startsAt: string; location: string }[];
};

/**
 * A member's events: a waitlist offer to confirm, a leave request decided in the last week, and
 * events they are registered for that start within 7 days. Timestamps come inside the JSON as text.
 */
export const ownEventWorkItems = workItemSource<OwnEvents>({
  read: ({ auth, now }) => {
    if (auth.kind === 'STAFF') return null;
    const weekAgo = new Date(now.getTime() - 7 * DAY);
    const weekAhead = new Date(now.getTime() + 7 * DAY);
    return sqlFragment`SELECT json_build_object(
      'offers', (SELECT coalesce(json_agg(x ORDER BY x."offerExpiresAt"), '[]') FROM (
        SELECT r."offerExpiresAt", e.id AS "eventId", e.title
        FROM "EventRegistration" r JOIN "Event" e ON e.id = r."eventId"
        WHERE r."accountId" = ${auth.accountId}::uuid AND r.state = 'OFFERED'
          AND r."offerExpiresAt" > ${now}::timestamptz
        ORDER BY r."offerExpiresAt" LIMIT 5) x),
      'leaves', (SELECT coalesce(json_agg(x ORDER BY x."decidedAt" DESC), '[]') FROM (
        SELECT v.id, v.state, v."decisionReason", v."decidedAt", e.id AS "eventId", e.title
        FROM "EventLeave" v JOIN "EventRegistration" r ON r.id = v."registrationId"
          JOIN "Event" e ON e.id = r."eventId"
        WHERE r."accountId" = ${auth.accountId}::uuid AND v."decidedAt" > ${weekAgo}::timestamptz
        ORDER BY v."decidedAt" DESC LIMIT 5) x),
      'soon', (SELECT coalesce(json_agg(x ORDER BY x."startsAt"), '[]') FROM (
        SELECT r.id, e.id AS "eventId", e.title, e."startsAt", e.location
        FROM "EventRegistration" r JOIN "Event" e ON e.id = r."eventId"
        WHERE r."accountId" = ${auth.accountId}::uuid AND r.state = 'REGISTERED'
          AND e.state = 'PUBLISHED' AND e."startsAt" > ${now}::timestamptz
          AND e."startsAt" <= ${weekAhead}::timestamptz
        ORDER BY e."startsAt" LIMIT 5) x))`;
  },
  items: ({ offers, leaves, soon }) => {
    const items: WorkItem[] = [];
    for (const offer of offers)
      items.push({
        key: `event-offer-${offer.eventId}`,
        title: `候补名额待确认：${offer.title}`,
        description: `请在 ${chineseDateTime(new Date(offer.offerExpiresAt))} 之前确认报名，逾期名额将顺延给下一位。`,
        link: `/events/${offer.eventId}`,
        level: 'todo',
      });
    for (const leave of leaves)
      items.push({
        key: `event-leave-${leave.id}`,
        title: `请假申请${LEAVE_WORKFLOW.labels[leave.state]}：${leave.title}`,
        description: leave.decisionReason
          ? `审核意见：${leave.decisionReason}`
          : '请查看活动详情。',
        link: `/events/${leave.eventId}`,
        level: leave.state === 'REJECTED' ? 'todo' : 'info',
      });
    for (const registration of soon)
      items.push({
        key: `event-soon-${registration.id}`,
        title: `即将开始：${registration.title}`,
        description: `${chineseDateTime(new Date(registration.startsAt))}，${registration.location}。`,
        link: `/events/${registration.eventId}`,
        level: 'info',
      });
    return items;
  },
});

/** The events officer: leave requests waiting for a decision. */
export const leaveQueueWorkItems = waitingRecords(
  'event.manage',
  sqlFragment`SELECT count(*)::int FROM "EventLeave" WHERE state = 'PENDING'`,
  (waiting) => ({
    key: 'event-leaves',
    title: '待审核的活动请假',
    description: `${waiting} 份活动请假申请等待审核。`,
    link: '/event-leaves?state=PENDING',
  }),
);
