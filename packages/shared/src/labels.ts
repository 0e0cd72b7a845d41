// Enumerations of the domain with the labels the UI shows.

export const PRACTICE_CATEGORIES = [
  'FULL_TIME',
  'PART_TIME',
  'COMPANY',
  'PUBLIC',
  'LEGAL_AID',
  'TRAINEE',
] as const;
export type PracticeCategory = (typeof PRACTICE_CATEGORIES)[number];
export const PRACTICE_CATEGORY_LABELS: Record<PracticeCategory, string> = {
  FULL_TIME: '专职律师',
  PART_TIME: '兼职律师',
  COMPANY: '公司律师',
  PUBLIC: '公职律师',
  LEGAL_AID: '法律援助律师',
  TRAINEE: '实习人员',
};

export const ORGANISATION_KINDS = ['LAW_FIRM', 'COMPANY_OFFICE', 'PUBLIC_OFFICE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  LAW_FIRM: '律师事务所',
  COMPANY_OFFICE: '公司律师办公室',
  PUBLIC_OFFICE: '公职律师办公室',
};

export const ORGANISATION_ROLES = ['HEAD', 'PARTNER', 'LAWYER'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
export const ORGANISATION_ROLE_LABELS: Record<OrganisationRole, string> = {
  HEAD: '负责人/主任',
  PARTNER: '合伙人',
  LAWYER: '律师',
};

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { MALE: '男', FEMALE: '女' };

export const ACCOUNT_KINDS = ['LAWYER', 'ORGANISATION', 'STAFF'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export const ACCOUNT_KIND_LABELS: Record<AccountKind, string> = {
  LAWYER: '律师',
  ORGANISATION: '执业机构',
  STAFF: '协会工作人员',
};

/**
 * 账户设置's words for who the account is: a lawyer's own name, e-mail and photo; a firm's or an
 * office's name, contact e-mail and logo (a firm has no 真实姓名 or 个人照片; issue 19).
 */
export const ACCOUNT_SETTINGS_LABELS = {
  LAWYER: {
    name: '真实姓名',
    nameHint: '姓名以执业证登记为准，如有错误请提交工单。',
    email: '个人邮箱',
    bio: '个人简介',
    photo: '个人照片',
  },
  ORGANISATION: {
    name: '机构名称',
    nameHint: '机构名称以执业许可证登记为准，如有错误请提交工单。',
    email: '联系邮箱',
    bio: '机构简介',
    photo: '机构标识',
  },
} as const satisfies Record<
  'LAWYER' | 'ORGANISATION',
  Record<'name' | 'nameHint' | 'email' | 'bio' | 'photo', string>
>;

export function accountSettingsLabels(kind: AccountKind) {
  return kind === 'ORGANISATION'
    ? ACCOUNT_SETTINGS_LABELS.ORGANISATION
    : ACCOUNT_SETTINGS_LABELS.LAWYER;
}
