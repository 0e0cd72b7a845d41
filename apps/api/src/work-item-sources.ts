import { accountContactWorkItems } from './modules/accounts/account-work-items.ts';
import { announcementDraftWorkItems } from './modules/announcements/announcement-work-items.ts';
import { cardQueueWorkItems, ownCardWorkItems } from './modules/cards/card-work-items.ts';
import { certificateReviewWorkItems } from './modules/certificates/certificate-work-items.ts';
import {
  documentDraftWorkItems,
  unreadDocumentWorkItems,
} from './modules/documents/document-work-items.ts';
import { leaveQueueWorkItems, ownEventWorkItems } from './modules/events/event-work-items.ts';
import type { WorkItemSource } from './modules/home/work-items.ts';
import { unreadNotificationWorkItems } from './modules/notifications/notification-work-items.ts';
import { failedJobWorkItems } from './modules/outbox/outbox-work-items.ts';
import {
  ownProfileWorkItems,
  profileReviewWorkItems,
} from './modules/profile/profile-work-items.ts';
import {
  memberTicketWorkItems,
  ticketQueueWorkItems,
} from './modules/tickets/ticket-work-items.ts';

/**
 * The modules that put items on the home page, in the order the page lists them: the account's
 * own matters first, then the queues its staff roles look after. A new module adds its source
 * here; the home module knows none of them.
 */
export const WORK_ITEM_SOURCES: readonly WorkItemSource[] = [
  accountContactWorkItems,
  ownProfileWorkItems,
  ownCardWorkItems,
  ownEventWorkItems,
  unreadDocumentWorkItems,
  unreadNotificationWorkItems,
  announcementDraftWorkItems,
  profileReviewWorkItems,
  cardQueueWorkItems,
  certificateReviewWorkItems,
  ticketQueueWorkItems,
  memberTicketWorkItems,
  leaveQueueWorkItems,
  documentDraftWorkItems,
  failedJobWorkItems,
];
