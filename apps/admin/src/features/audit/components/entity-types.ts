// What the audit log calls each kind of object (the API's entityType); unknown types show as is.
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  Account: '账号',
  Announcement: '公告',
  Lawyer: '律师',
  Organisation: '执业机构',
  StaffRole: '角色',
};

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS[type] ?? type;
}
