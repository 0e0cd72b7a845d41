/**
 * The query keys of the documents module. Everything about documents starts with `documents`, so
 * an action (保存, 发布, 撤回, an attachment, a reply) refreshes every list, detail and count at once.
 */
export const documentKeys = {
  all: ['documents'] as const,
  lists: ['documents', 'list'] as const,
  details: ['documents', 'detail'] as const,
  recipients: ['documents', 'recipients'] as const,
  feedback: ['documents', 'feedback'] as const,
  groups: ['documents', 'circulation-groups'] as const,
  people: ['documents', 'circulation-people'] as const,
  organisations: ['documents', 'circulation-organisations'] as const,
};
