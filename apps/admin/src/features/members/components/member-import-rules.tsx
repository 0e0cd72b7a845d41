import {
  GENDER_LABELS,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';
import { choiceList, MEMBER_IMPORT_COLUMNS as C } from '@lx/shared/member-import';
import { ImportRules } from '@lx/ui/table-import';

/** Each column of the sheet and what the check asks of it, in the order of the template. */
const RULES = [
  { key: 'name', label: C.name, rule: '必填，不超过 30 个字' },
  { key: 'gender', label: C.gender, rule: `${choiceList(GENDER_LABELS)}之一` },
  { key: 'idNo', label: C.idNo, rule: '18 位居民身份证号（含校验位），不能与系统中已有的重复' },
  {
    key: 'licenceNo',
    label: C.licenceNo,
    rule: '17 位数字；实习人员可不填；不能与系统中已有的重复',
  },
  {
    key: 'category',
    label: C.practiceCategory,
    rule: `${choiceList(PRACTICE_CATEGORY_LABELS)}之一；律师事务所不能添加公司律师、公职律师`,
  },
  {
    key: 'organisation',
    label: `${C.organisation}或${C.organisationLicenceNo}`,
    rule: '至少填写一项；两项都填时须一致；同名机构有多个时须填写许可证号；已注销的机构不能添加',
  },
  {
    key: 'role',
    label: C.organisationRole,
    rule: `${choiceList(ORGANISATION_ROLE_LABELS)}之一，不填为律师；每个机构只有一位负责人/主任`,
  },
  { key: 'mobile', label: C.mobile, rule: '可不填；填写时为 11 位手机号码，用于找回密码' },
] as const;

const NOTES = [
  '导入的律师获得会员编号（按文件顺序），账号用执业证号或会员编号登录，初始密码为身份证号后 6 位（字母小写），首次登录须修改密码。',
  '系统中已有同一姓名、身份证号和执业证号的律师时，该行视为已导入过，导入时跳过。',
  '有错误的行不会导入；其余有效行在一次操作中全部导入。',
];

/** 导入规则 of 会员导入. */
export function MemberImportRules() {
  return <ImportRules rules={RULES} notes={NOTES} />;
}
