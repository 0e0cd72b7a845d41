import { z } from 'zod';
import { birthDateFromIdNumber, checkIdNumber, ID_NUMBER_MESSAGES } from './id-number.ts';
import {
  always,
  dateField,
  emailField,
  mobileField,
  optional,
  optionalText,
  postcodeField,
  requiredText,
  text,
} from './formats.ts';
import { refineDateRange } from './profile-fields.ts';
import {
  ETHNICITIES,
  ID_TYPES,
  MARITAL_STATUSES,
  MAX_PRACTICE_AREAS,
  POLITICAL_AFFILIATIONS,
  PRACTICE_AREAS,
  PROFESSIONAL_TITLES,
  QUALIFICATION_METHODS,
  QUALIFICATION_TYPES,
  RESIDENCIES,
  WORKING_LANGUAGES,
} from './profile-options.ts';

// Basic information (基本信息): a six-step wizard. Steps 3–5 each have one form and one schema.
export const BASIC_STEPS = [
  { step: 1, title: '执业信息', description: '确认执业信息是否正确' },
  { step: 2, title: '设置照片', description: '上传本人近期证件照' },
  { step: 3, title: '基本信息', description: '完善个人基本信息' },
  { step: 4, title: '执业情况', description: '完善个人执业信息' },
  { step: 5, title: '联系方式', description: '设置联系方式' },
  { step: 6, title: '确认信息', description: '完成基本信息补全' },
] as const;
export type BasicStep = (typeof BASIC_STEPS)[number]['step'];

const choice = <T extends readonly [string, ...string[]]>(label: string, options: T) =>
  z.string({ error: `请选择${label}` }).pipe(z.enum(options, { error: `请选择${label}` }));

const multiChoice = <T extends readonly [string, ...string[]]>(
  label: string,
  options: T,
  rules: { min?: number; max?: number } = {},
) => {
  let list = z.array(z.enum(options, { error: `${label}中有无效的选项` }), {
    error: `请选择${label}`,
  });
  if (rules.min) list = list.min(rules.min, { error: `请选择${label}` });
  if (rules.max) list = list.max(rules.max, { error: `${label}最多选择 ${rules.max} 项` });
  return list.refine((items) => new Set(items).size === items.length, {
    error: `${label}不能重复选择`,
  });
};

export const PHONE_PATTERN = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/;
export const QQ_PATTERN = /^[1-9]\d{4,11}$/;
export const WEBSITE_PATTERN = /^https?:\/\/[\w-]+(\.[\w-]+)+([/?#][^\s]*)?$/i;

const phoneField = (label: string) =>
  text()
    .trim()
    .regex(PHONE_PATTERN, { error: `${label}格式不正确，如 0769-22123456` });
const mobileOrPhone = (label: string) =>
  text({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .refine((v) => /^1[3-9]\d{9}$/.test(v) || PHONE_PATTERN.test(v), {
      error: `${label}应为手机号码或固定电话`,
    });

const personalInfoShape = z.object({
  idType: choice('证件类别', ID_TYPES),
  idNumber: requiredText('证件号码', 30),
  formerName: optionalText('曾用名', 50),
  birthDate: dateField('出生日期', { past: true }),
  residency: choice('居民身份', RESIDENCIES),
  maritalStatus: choice('婚姻情况', MARITAL_STATUSES),
  firstWorkDate: dateField('参加工作时间', { past: true }),
  joinedOrganisationDate: optional(dateField('入职时间', { past: true })),
  ethnicity: choice('民族', ETHNICITIES),
  nativePlace: requiredText('籍贯', 50),
  hukouPlace: optionalText('户口所在地', 50),
  hukouAddress: optionalText('户口地址', 200),
  politicalAffiliations: multiChoice('政治面貌', POLITICAL_AFFILIATIONS, { min: 1 }),
  partyOrganisation: optionalText('党组织名称', 100),
  fileLocation: optionalText('档案存放地', 50),
  fileAuthority: optionalText('档案存放机关', 100),
  fileNumber: optionalText('档案编号', 50),
  socialInsuranceNo: requiredText('社会保险号', 30),
});

function refinePoliticalAffiliations(
  value: { politicalAffiliations?: unknown; partyOrganisation?: unknown },
  ctx: z.RefinementCtx,
) {
  const affiliations = Array.isArray(value.politicalAffiliations)
    ? (value.politicalAffiliations as string[])
    : [];
  const isMember = affiliations.some((p) => p === '中共党员' || p === '中共预备党员');
  if (isMember && !value.partyOrganisation) {
    ctx.addIssue({
      code: 'custom',
      path: ['partyOrganisation'],
      message: '中共党员请填写所在党组织的名称',
    });
  }
  if (affiliations.includes('群众') && affiliations.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['politicalAffiliations'],
      message: '“群众”不能与其他政治面貌同时选择',
    });
  }
}

// Cross-field rules run even when another field is wrong (`always`), so every message shows at
// once; a field that failed its own rule then reads as undefined.
export const personalInfoSchema = personalInfoShape.superRefine((value, ctx) => {
  const birth = value.birthDate;
  if (value.idType === '身份证' && value.idNumber) {
    const idNumber = value.idNumber.toUpperCase();
    const problem = checkIdNumber(idNumber);
    if (problem) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: ID_NUMBER_MESSAGES[problem] });
    } else if (birth && birth !== birthDateFromIdNumber(idNumber)) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '出生日期与身份证号不一致' });
    }
  }
  refinePoliticalAffiliations(value, ctx);
  for (const [field, label] of [
    ['firstWorkDate', '参加工作时间'],
    ['joinedOrganisationDate', '入职时间'],
  ] as const) {
    const day = value[field];
    if (day && birth && day < birth) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${label}不能早于出生日期` });
    }
  }
}, always);
export type PersonalInfo = z.infer<typeof personalInfoSchema>;

export const practiceInfoSchema = z
  .object({
    firstPracticeDate: dateField('首次执业时间', { past: true }),
    firstPracticePlace: requiredText('首次执业地', 50),
    qualificationType: choice('资格证类别', QUALIFICATION_TYPES),
    qualificationMethod: choice('资格证取得方式', QUALIFICATION_METHODS),
    qualificationNo: requiredText('资格证号', 30),
    qualificationDate: dateField('取得资格日期', { past: true }),
    professionalTitle: optional(z.enum(PROFESSIONAL_TITLES, { error: '请选择律师职称' })),
    titleDate: optional(dateField('职称获得时间', { past: true })),
    issuingAuthority: requiredText('颁发机构', 100),
    workingLanguages: multiChoice('工作语言', WORKING_LANGUAGES).default([]),
    practiceAreas: multiChoice('执业范围', PRACTICE_AREAS, { min: 1, max: MAX_PRACTICE_AREAS }),
  })
  .superRefine((value, ctx) => {
    refineDateRange(value, ctx, {
      start: 'qualificationDate',
      end: 'firstPracticeDate',
      startLabel: '取得资格日期',
      endLabel: '首次执业时间',
    });
  }, always);
export type PracticeInfo = z.infer<typeof practiceInfoSchema>;

const contactInfoShape = z.object({
  mobile: mobileField,
  address: requiredText('联系地址', 200),
  postcode: z.string({ error: '请填写邮政编码' }).pipe(postcodeField),
  phone: optional(phoneField('联系电话')),
  email: emailField,
  fax: optional(phoneField('传真号码')),
  wechat: optionalText('微信号码', 30),
  qq: optional(text().trim().regex(QQ_PATTERN, { error: 'QQ号码应为 5 到 12 位数字' })),
  emergencyContact: requiredText('紧急联系人', 50),
  emergencyPhone: mobileOrPhone('紧急联系人电话'),
  website: optional(
    text().trim().max(200, { error: '个人网站不能超过 200 个字符' }).regex(WEBSITE_PATTERN, {
      error: '个人网站应以 http:// 或 https:// 开头，如 https://example.com',
    }),
  ),
});
export const contactInfoSchema = contactInfoShape;
export type ContactInfo = z.infer<typeof contactInfoSchema>;

export const basicConfirmSchema = z.object({
  verified: z.literal(true, { error: '请勾选“我已核实以上信息正确无误”' }),
});

/** Where the lawyer is in the wizard: saved on every "下一步" so that returning resumes there. */
export const basicProgressSchema = z.object({
  step: z.coerce.number().int().min(1).max(6),
});

// After approval (信息变更) only this subset of basic information may be changed by the lawyer;
// everything else goes through a ticket. The list follows the manual's 个人档案变更 form.
export const CHANGEABLE_PERSONAL_FIELDS = [
  'politicalAffiliations',
  'partyOrganisation',
  'formerName',
  'maritalStatus',
  'residency',
  'firstWorkDate',
  'joinedOrganisationDate',
  'fileLocation',
  'fileAuthority',
  'fileNumber',
  'socialInsuranceNo',
] as const;
export const CHANGEABLE_CONTACT_FIELDS = [
  'mobile',
  'email',
  'address',
  'postcode',
  'phone',
  'fax',
  'wechat',
  'qq',
  'emergencyContact',
  'emergencyPhone',
  'website',
] as const;

const pick = <K extends string>(shape: Record<string, z.ZodType>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, shape[key]!])) as Record<K, z.ZodType>;

/** The 个人档案变更 form: a flat object of the changeable fields; any other field is refused. */
export const basicChangeSchema = z
  .strictObject(
    {
      ...(pick(personalInfoShape.shape, CHANGEABLE_PERSONAL_FIELDS) as Pick<
        typeof personalInfoShape.shape,
        (typeof CHANGEABLE_PERSONAL_FIELDS)[number]
      >),
      ...(pick(contactInfoShape.shape, CHANGEABLE_CONTACT_FIELDS) as Pick<
        typeof contactInfoShape.shape,
        (typeof CHANGEABLE_CONTACT_FIELDS)[number]
      >),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `以下信息审核通过后不能在此修改，请提交工单：${issue.keys.map((k) => BASIC_FIELD_LABELS[k] ?? k).join('、')}`
          : undefined,
    },
  )
  .superRefine(refinePoliticalAffiliations, always);
export type BasicChange = z.infer<typeof basicChangeSchema>;

export const BASIC_FIELD_LABELS: Record<string, string> = {
  idType: '证件类别',
  idNumber: '证件号码',
  formerName: '曾用名',
  birthDate: '出生日期',
  residency: '居民身份',
  maritalStatus: '婚姻情况',
  firstWorkDate: '参加工作时间',
  joinedOrganisationDate: '入职时间',
  ethnicity: '民族',
  nativePlace: '籍贯',
  hukouPlace: '户口所在地',
  hukouAddress: '户口地址',
  politicalAffiliations: '政治面貌',
  partyOrganisation: '党组织名称',
  fileLocation: '档案存放地',
  fileAuthority: '档案存放机关',
  fileNumber: '档案编号',
  socialInsuranceNo: '社会保险号',
  firstPracticeDate: '首次执业时间',
  firstPracticePlace: '首次执业地',
  qualificationType: '资格证类别',
  qualificationMethod: '资格证取得方式',
  qualificationNo: '资格证号',
  qualificationDate: '取得资格日期',
  professionalTitle: '律师职称',
  titleDate: '职称获得时间',
  issuingAuthority: '颁发机构',
  workingLanguages: '工作语言',
  practiceAreas: '执业范围',
  mobile: '手机号码',
  address: '联系地址',
  postcode: '邮政编码',
  phone: '联系电话',
  email: '电子邮箱',
  fax: '传真号码',
  wechat: '微信号码',
  qq: 'QQ号码',
  emergencyContact: '紧急联系人',
  emergencyPhone: '紧急联系人电话',
  website: '个人网站',
  photo: '证件照片',
};
