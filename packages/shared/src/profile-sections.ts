import {
  entryFieldText,
  schemaOfFields,
  type FieldDef,
  type FieldValues,
} from './profile-fields.ts';
import {
  AUTHORSHIP_ROLES,
  AWARD_LEVELS,
  COUNTRIES,
  DEGREES,
  EDUCATION_LEVELS,
  FAMILY_RELATIONS,
  GOVERNMENT_LEVELS,
  LANGUAGES,
  POLITICAL_AFFILIATIONS,
  POLITICAL_ROLE_KINDS,
  PROFICIENCIES,
  PUNISHMENT_KINDS,
  WORK_CATEGORIES,
} from './profile-options.ts';

// The twelve list sections of the profile (the thirteenth, basic information, is the wizard).
export const LIST_SECTIONS = [
  'EDUCATION',
  'WORK',
  'FAMILY',
  'AWARDS',
  'PUNISHMENTS',
  'SOCIAL_ROLES',
  'POLITICAL',
  'WELFARE',
  'ASSOCIATION_POSITIONS',
  'SKILLS',
  'LANGUAGES',
  'PUBLICATIONS',
] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];
export type ProfileSection = 'BASIC' | ListSection;

export type SectionDef = {
  key: ListSection;
  label: string;
  /** URL segment of the section's page and API path. */
  slug: string;
  fields: readonly FieldDef[];
  /** Fields joined for the one-line summary in lists, the change log and the PDF. */
  summary: readonly string[];
  /** Whether "填报为无" is offered; education and work history always have something. */
  allowNone: boolean;
  /** After approval these can only be added to, never edited or deleted. */
  appendOnlyAfterApproval: boolean;
};

const start = { name: 'startDate', label: '开始日期', kind: 'date' } as const;
const end = { name: 'endDate', label: '结束日期', kind: 'date' } as const;
const country = {
  name: 'country',
  label: '所在国家',
  kind: 'select',
  options: COUNTRIES,
} as const;
const region = { name: 'region', label: '所在地区', kind: 'text', max: 50 } as const;

export const SECTION_DEFS: Record<ListSection, SectionDef> = {
  EDUCATION: {
    key: 'EDUCATION',
    label: '教育经历',
    slug: 'education',
    allowNone: false,
    appendOnlyAfterApproval: false,
    fields: [
      { ...country, required: true },
      region,
      start,
      end,
      {
        name: 'school',
        label: '毕业院校',
        kind: 'text',
        required: true,
        placeholder: '请输入毕业院校全称，须与毕业证书一致',
      },
      { name: 'major', label: '主修专业', kind: 'text', max: 50 },
      {
        name: 'level',
        label: '获得学历',
        kind: 'select',
        required: true,
        options: EDUCATION_LEVELS,
      },
      { name: 'degree', label: '获得学位', kind: 'select', required: true, options: DEGREES },
      { name: 'fullTime', label: '全日制', kind: 'checkbox' },
    ],
    summary: ['startDate', 'endDate', 'school', 'major', 'level', 'degree'],
  },
  WORK: {
    key: 'WORK',
    label: '工作经历',
    slug: 'work',
    allowNone: false,
    appendOnlyAfterApproval: false,
    fields: [
      { name: 'employer', label: '工作单位', kind: 'text', required: true },
      { name: 'position', label: '工作职务', kind: 'text', max: 50 },
      { name: 'category', label: '工作类别', kind: 'select', options: WORK_CATEGORIES },
      start,
      end,
      country,
      region,
    ],
    summary: ['startDate', 'endDate', 'employer', 'position'],
  },
  FAMILY: {
    key: 'FAMILY',
    label: '家庭成员',
    slug: 'family',
    allowNone: true,
    appendOnlyAfterApproval: false,
    fields: [
      {
        name: 'relation',
        label: '关系',
        kind: 'select',
        required: true,
        options: FAMILY_RELATIONS,
      },
      { name: 'name', label: '姓名', kind: 'text', required: true, max: 50 },
      { name: 'birthDate', label: '出生日期', kind: 'date', past: true },
      {
        name: 'politicalStatus',
        label: '政治面貌',
        kind: 'select',
        options: POLITICAL_AFFILIATIONS,
      },
      { name: 'employerPosition', label: '工作单位及职务', kind: 'text' },
    ],
    summary: ['relation', 'name', 'employerPosition'],
  },
  AWARDS: {
    key: 'AWARDS',
    label: '获奖情况',
    slug: 'awards',
    allowNone: true,
    appendOnlyAfterApproval: true,
    fields: [
      { name: 'level', label: '获奖级别', kind: 'select', required: true, options: AWARD_LEVELS },
      { name: 'content', label: '获奖内容', kind: 'textarea', required: true, max: 500 },
      { name: 'date', label: '颁奖日期', kind: 'date', required: true, past: true },
      { name: 'issuer', label: '颁发机构', kind: 'text', required: true },
    ],
    summary: ['date', 'level', 'content', 'issuer'],
  },
  PUNISHMENTS: {
    key: 'PUNISHMENTS',
    label: '惩罚情况',
    slug: 'punishments',
    allowNone: true,
    appendOnlyAfterApproval: true,
    fields: [
      {
        name: 'kind',
        label: '处分种类',
        kind: 'select',
        required: true,
        options: PUNISHMENT_KINDS,
      },
      { name: 'content', label: '处分事由', kind: 'textarea', required: true, max: 500 },
      { name: 'date', label: '处分日期', kind: 'date', required: true, past: true },
      { name: 'issuer', label: '处分机关', kind: 'text', required: true },
    ],
    summary: ['date', 'kind', 'content', 'issuer'],
  },
  SOCIAL_ROLES: {
    key: 'SOCIAL_ROLES',
    label: '社会兼职',
    slug: 'social-roles',
    allowNone: true,
    appendOnlyAfterApproval: false,
    fields: [
      { name: 'organisation', label: '兼职单位', kind: 'text', required: true },
      { name: 'position', label: '兼职职务', kind: 'text', required: true, max: 50 },
      start,
      end,
    ],
    summary: ['startDate', 'endDate', 'organisation', 'position'],
  },
  POLITICAL: {
    key: 'POLITICAL',
    label: '参政议政',
    slug: 'political',
    allowNone: true,
    appendOnlyAfterApproval: false,
    fields: [
      {
        name: 'kind',
        label: '类别',
        kind: 'select',
        required: true,
        options: POLITICAL_ROLE_KINDS,
      },
      { name: 'level', label: '级别', kind: 'select', required: true, options: GOVERNMENT_LEVELS },
      { name: 'term', label: '届次', kind: 'text', max: 30, placeholder: '如：第十四届' },
      { name: 'position', label: '职务', kind: 'text', max: 50 },
      start,
      end,
    ],
    summary: ['level', 'term', 'kind', 'position'],
  },
  WELFARE: {
    key: 'WELFARE',
    label: '社会公益',
    slug: 'welfare',
    allowNone: true,
    appendOnlyAfterApproval: false,
    fields: [
      { name: 'activity', label: '公益活动', kind: 'text', required: true },
      { name: 'organiser', label: '组织单位', kind: 'text' },
      { name: 'date', label: '活动日期', kind: 'date', required: true },
      { name: 'description', label: '活动内容', kind: 'textarea', max: 500 },
    ],
    summary: ['date', 'activity', 'organiser'],
  },
  ASSOCIATION_POSITIONS: {
    key: 'ASSOCIATION_POSITIONS',
    label: '协会任职',
    slug: 'association-positions',
    allowNone: true,
    appendOnlyAfterApproval: false,
    fields: [
      { name: 'association', label: '协会名称', kind: 'text', required: true },
      { name: 'position', label: '担任职务', kind: 'text', required: true, max: 50 },
      start,
      end,
    ],
    summary: ['startDate', 'endDate', 'association', 'position'],
  },
  SKILLS: {
    key: 'SKILLS',
    label: '专业技能',
    slug: 'skills',
    allowNone: true,
    appendOnlyAfterApproval: false,
    fields: [
      { name: 'name', label: '技能名称', kind: 'text', required: true, max: 50 },
      { name: 'proficiency', label: '熟练程度', kind: 'select', options: PROFICIENCIES },
      { name: 'certificate', label: '相关证书', kind: 'text' },
      { name: 'obtainedDate', label: '取得日期', kind: 'date' },
    ],
    summary: ['name', 'proficiency', 'certificate'],
  },
  LANGUAGES: {
    key: 'LANGUAGES',
    label: '语言能力',
    slug: 'languages',
    allowNone: true,
    appendOnlyAfterApproval: false,
    fields: [
      { name: 'language', label: '语种', kind: 'select', required: true, options: LANGUAGES },
      {
        name: 'proficiency',
        label: '熟练程度',
        kind: 'select',
        required: true,
        options: PROFICIENCIES,
      },
      { name: 'certificate', label: '等级证书', kind: 'text', placeholder: '如：大学英语六级' },
    ],
    summary: ['language', 'proficiency', 'certificate'],
  },
  PUBLICATIONS: {
    key: 'PUBLICATIONS',
    label: '出版著作',
    slug: 'publications',
    allowNone: true,
    appendOnlyAfterApproval: false,
    fields: [
      { name: 'title', label: '著作名称', kind: 'text', required: true },
      { name: 'publisher', label: '出版单位', kind: 'text', required: true },
      { name: 'date', label: '出版日期', kind: 'date', required: true },
      { name: 'role', label: '署名方式', kind: 'select', options: AUTHORSHIP_ROLES },
      { name: 'isbn', label: 'ISBN/刊号', kind: 'text', max: 30 },
    ],
    summary: ['date', 'title', 'publisher', 'role'],
  },
};

export const SECTION_ENTRY_SCHEMAS = Object.fromEntries(
  LIST_SECTIONS.map((key) => [key, schemaOfFields(SECTION_DEFS[key].fields)]),
) as Record<ListSection, ReturnType<typeof schemaOfFields>>;

export function sectionBySlug(slug: string): SectionDef | undefined {
  return LIST_SECTIONS.map((key) => SECTION_DEFS[key]).find((def) => def.slug === slug);
}

export function summarizeEntry(section: ListSection, data: FieldValues): string {
  const def = SECTION_DEFS[section];
  return def.summary
    .map((name) => {
      const field = def.fields.find((f) => f.name === name);
      return field ? entryFieldText(field, data) : '';
    })
    .filter(Boolean)
    .join(' ');
}

/** 学历/学位 of the registration form: the highest of the education records, never typed. */
export function educationSummary(entries: readonly FieldValues[]): {
  level: string | null;
  degree: string | null;
} {
  const rank = <T extends string>(list: readonly T[], value: unknown) =>
    typeof value === 'string' && list.includes(value as T) ? list.indexOf(value as T) : Infinity;
  const best = <T extends string>(list: readonly T[], name: string) => {
    const top = Math.min(...entries.map((entry) => rank(list, entry[name])));
    return Number.isFinite(top) ? (list[top] ?? null) : null;
  };
  const degree = best(DEGREES, 'degree');
  return { level: best(EDUCATION_LEVELS, 'level'), degree: degree === '无' ? null : degree };
}
