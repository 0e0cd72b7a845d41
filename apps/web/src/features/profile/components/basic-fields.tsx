import { Col, Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import {
  BASIC_FIELD_LABELS,
  contactInfoSchema,
  personalInfoSchema,
  practiceInfoSchema,
  type ContactInfo,
  type PersonalInfo,
  type PracticeInfo,
} from '@lx/shared/profile-basic';
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
} from '@lx/shared/profile-options';

export type BasicFieldName = keyof PersonalInfo | keyof PracticeInfo | keyof ContactInfo;

const SHAPES: Record<string, z.ZodType> = {
  ...personalInfoSchema.shape,
  ...practiceInfoSchema.shape,
  ...contactInfoSchema.shape,
};

/** The asterisk follows the schema: a field is required when leaving it empty fails. */
function isRequired(name: BasicFieldName): boolean {
  const schema = SHAPES[name];
  return schema ? !schema.safeParse(undefined).success : false;
}

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }));

const text = (placeholder?: string, max = 100, inputMode?: 'numeric' | 'email' | 'tel' | 'url') => (
  <Input placeholder={placeholder} maxLength={max} inputMode={inputMode} />
);
// Dates are typed as the manual asks (yyyy-MM-dd), the same as in the list sections' forms; the
// schemas take that string as it is.
const date = () => <Input placeholder="格式 yyyy-MM-dd" maxLength={10} />;
const choice = (
  values: readonly string[],
  extra: { allowClear?: boolean; search?: boolean } = {},
) => (
  <Select
    placeholder="请选择"
    allowClear={extra.allowClear}
    showSearch={extra.search ? { optionFilterProp: 'label' } : false}
    options={options(values)}
  />
);
// With a most (`max`), the other options are disabled once that many are picked: a 4th pick is
// not taken and then refused (issue 19).
const multi = (values: readonly string[], max?: number) => (
  <Select
    mode="multiple"
    placeholder="请选择（可多选）"
    showSearch={{ optionFilterProp: 'label' }}
    maxCount={max}
    options={options(values)}
  />
);

type FieldUi = { control: () => ReactNode; extra?: ReactNode; wide?: boolean };

const FIELDS: Record<BasicFieldName, FieldUi> = {
  idType: { control: () => choice(ID_TYPES) },
  idNumber: { control: () => text(undefined, 30) },
  formerName: { control: () => text('请填写全称', 50) },
  birthDate: { control: date },
  residency: { control: () => choice(RESIDENCIES) },
  maritalStatus: { control: () => choice(MARITAL_STATUSES) },
  firstWorkDate: { control: date },
  joinedOrganisationDate: { control: date },
  ethnicity: { control: () => choice(ETHNICITIES, { search: true }) },
  nativePlace: { control: () => text('如：广东省东莞市', 50) },
  hukouPlace: { control: () => text(undefined, 50) },
  hukouAddress: { control: () => text('请填写户口地址', 200) },
  politicalAffiliations: {
    control: () => multi(POLITICAL_AFFILIATIONS),
    extra: '政治面貌可多选（适用于双重党籍人员）',
  },
  partyOrganisation: {
    control: () => text('请填写所在党组织的名称', 100),
    extra: '中共党员、中共预备党员须填写',
  },
  fileLocation: { control: () => text(undefined, 50) },
  fileAuthority: { control: () => text(undefined, 100) },
  fileNumber: { control: () => text(undefined, 50) },
  socialInsuranceNo: { control: () => text('社保卡号', 30) },

  firstPracticeDate: { control: date },
  firstPracticePlace: { control: () => text(undefined, 50) },
  qualificationType: { control: () => choice(QUALIFICATION_TYPES) },
  qualificationMethod: { control: () => choice(QUALIFICATION_METHODS) },
  qualificationNo: { control: () => text(undefined, 30) },
  qualificationDate: { control: date },
  professionalTitle: { control: () => choice(PROFESSIONAL_TITLES, { allowClear: true }) },
  titleDate: { control: date },
  issuingAuthority: { control: () => text(undefined, 100) },
  workingLanguages: { control: () => multi(WORKING_LANGUAGES) },
  practiceAreas: {
    control: () => multi(PRACTICE_AREAS, MAX_PRACTICE_AREAS),
    extra: `注：最多可选择${MAX_PRACTICE_AREAS}项执业范围`,
    wide: true,
  },

  mobile: { control: () => text('11 位手机号码', 11, 'tel') },
  address: { control: () => text('请输入联系地址', 200) },
  postcode: { control: () => text('6 位数字', 6, 'numeric') },
  phone: { control: () => text('请输入工作电话', 30, 'tel') },
  email: { control: () => text('请输入常用的电子邮箱', 100, 'email') },
  fax: { control: () => text('请输入传真', 30, 'tel') },
  wechat: { control: () => text(undefined, 30) },
  qq: { control: () => text(undefined, 12, 'numeric') },
  emergencyContact: { control: () => text('紧急情况下的联络人', 50) },
  emergencyPhone: { control: () => text('请输入紧急联系人电话', 30, 'tel') },
  website: { control: () => text('请输入网站信息', 200, 'url') },
};

/**
 * One labelled field of the basic-information forms, half a row on wide screens and a full row
 * on phones. The wizard's steps and the 个人档案变更 form draw the same fields from here.
 */
export function BasicField({ name }: { name: BasicFieldName }) {
  const ui = FIELDS[name];
  return (
    <Col xs={24} md={ui.wide ? 24 : 12}>
      <Form.Item
        label={BASIC_FIELD_LABELS[name] ?? name}
        name={name}
        required={isRequired(name)}
        extra={ui.extra}
      >
        {ui.control()}
      </Form.Item>
    </Col>
  );
}
