/**
 * The query keys of 会员管理. Everything starts with `members`, so an action (更正, 转所, 解锁…)
 * refreshes every list and detail of members and organisations at once.
 */
export const memberKeys = {
  all: ['members'] as const,
  lists: ['members', 'list'] as const,
  details: ['members', 'detail'] as const,
  organisationLists: ['members', 'organisations', 'list'] as const,
  organisationDetails: ['members', 'organisations', 'detail'] as const,
  organisationPicker: ['members', 'organisations', 'picker'] as const,
};
