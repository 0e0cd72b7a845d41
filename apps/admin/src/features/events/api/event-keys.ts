/**
 * The query keys of the events module. Everything about events starts with `events`, so an action
 * that moves places (publish, cancel, 签到, a leave decision) refreshes every list and count at once.
 */
export const eventKeys = {
  all: ['events'] as const,
  lists: ['events', 'list'] as const,
  details: ['events', 'detail'] as const,
  registrations: ['events', 'registrations'] as const,
  leaves: ['events', 'leaves'] as const,
  suspensions: ['events', 'suspensions'] as const,
  settings: ['events', 'settings'] as const,
};
