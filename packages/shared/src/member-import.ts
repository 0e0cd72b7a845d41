import {
  GENDER_LABELS,
  GENDERS,
  ORGANISATION_ROLE_LABELS,
  ORGANISATION_ROLES,
  PRACTICE_CATEGORIES,
  PRACTICE_CATEGORY_LABELS,
  type Gender,
  type OrganisationRole,
  type PracticeCategory,
} from './labels.ts';

// 会员导入 (会员管理员): lawyers from the association's register, a sheet with these columns. Each
// row is checked by the roster's own rule (rosterLawyerInputSchema) and against the organisations
// and lawyers on record; the valid rows become lawyers with a profile to complete and an account
// that signs in with the initial-password rule of SPEC §1, like 添加律师 on a firm's roster.

export const MEMBER_IMPORT_COLUMNS = {
  name: '姓名',
  gender: '性别',
  idNo: '身份证号',
  licenceNo: '执业证号',
  practiceCategory: '执业类别',
  organisation: '执业机构',
  organisationLicenceNo: '机构执业许可证号',
  organisationRole: '所内身份',
  mobile: '手机号码',
} as const;

/** The labels a sheet uses for each choice: the form's label, and what people shorten it to. */
function byLabel<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return new Map<string, T>(values.map((v) => [labels[v], v]));
}

export const GENDER_BY_LABEL = byLabel<Gender>(GENDERS, GENDER_LABELS);
export const PRACTICE_CATEGORY_BY_LABEL = byLabel<PracticeCategory>(
  PRACTICE_CATEGORIES,
  PRACTICE_CATEGORY_LABELS,
);
export const ORGANISATION_ROLE_BY_LABEL = new Map<string, OrganisationRole>([
  ...byLabel<OrganisationRole>(ORGANISATION_ROLES, ORGANISATION_ROLE_LABELS),
  ['负责人', 'HEAD'],
  ['主任', 'HEAD'],
]);

/** 所内身份 left empty: an ordinary lawyer of the organisation. */
export const DEFAULT_IMPORT_ROLE: OrganisationRole = 'LAWYER';

export const choiceList = (labels: Record<string, string>) => Object.values(labels).join('、');
