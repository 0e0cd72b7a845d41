import { Descriptions } from 'antd';
import type { CardPracticeData } from '@lx/shared/card-schemas';
import { GENDER_LABELS, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';

/** A value the register does not hold is shown as a dash. */
function text(value: string | null): string {
  return value || '—';
}

/** Step 1 执业信息: the licence data as registered, which the card will carry. */
export function PracticeRecordDescriptions({ data }: { data: CardPracticeData }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
      items={[
        { key: 'name', label: '姓名', children: data.name },
        { key: 'gender', label: '性别', children: GENDER_LABELS[data.gender] },
        { key: 'authority', label: '主管机关', children: data.authority },
        {
          key: 'category',
          label: '执业类别',
          children: PRACTICE_CATEGORY_LABELS[data.practiceCategory],
        },
        { key: 'organisation', label: '执业机构', children: data.organisationName },
        { key: 'licence', label: '执业证号', children: text(data.licenceNo) },
        { key: 'qualification', label: '资格证号', children: text(data.qualificationNo) },
        { key: 'idNo', label: '身份证号', children: data.idNo },
      ]}
    />
  );
}

/** The applicant as the 会员卡申请表 prints them: practice and contact data. */
export function ApplicantDescriptions({ data }: { data: CardPracticeData }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
      items={[
        { key: 'name', label: '姓名', children: `${data.name}（${GENDER_LABELS[data.gender]}）` },
        { key: 'idNo', label: '身份证号', children: data.idNo },
        { key: 'organisation', label: '执业机构', children: data.organisationName },
        {
          key: 'category',
          label: '执业类别',
          children: PRACTICE_CATEGORY_LABELS[data.practiceCategory],
        },
        { key: 'licence', label: '执业证号', children: text(data.licenceNo) },
        { key: 'qualification', label: '资格证号', children: text(data.qualificationNo) },
        { key: 'address', label: '联系地址', children: text(data.address) },
        { key: 'postcode', label: '邮政编码', children: text(data.postcode) },
        { key: 'phone', label: '联系电话', children: text(data.phone) },
        { key: 'mobile', label: '手机号码', children: text(data.mobile) },
      ]}
    />
  );
}
