import { Card, Descriptions } from 'antd';
import type { CardPracticeData } from '@lx/shared/card-schemas';
import { GENDER_LABELS, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';

// In the order of the application form.
const PRACTICE_DATA_LABELS: Record<keyof CardPracticeData, string> = {
  name: '姓名',
  gender: '性别',
  idNo: '身份证号',
  authority: '主管机关',
  practiceCategory: '执业类别',
  organisationName: '执业机构',
  licenceNo: '执业证号',
  qualificationNo: '资格证号',
  address: '联系地址',
  postcode: '邮政编码',
  phone: '联系电话',
  mobile: '手机号码',
};

function practiceValue(data: CardPracticeData, field: keyof CardPracticeData): string {
  if (field === 'gender') return GENDER_LABELS[data.gender];
  if (field === 'practiceCategory') return PRACTICE_CATEGORY_LABELS[data.practiceCategory];
  return data[field] || '—';
}

/** 执业信息: the practice and contact data the lawyer confirmed when applying (printed on the card). */
export function PracticeDataCard({ data }: { data: CardPracticeData }) {
  const fields = Object.keys(PRACTICE_DATA_LABELS) as (keyof CardPracticeData)[];
  return (
    <Card title="执业信息" role="region" aria-label="执业信息">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
        items={fields.map((field) => ({
          key: field,
          label: PRACTICE_DATA_LABELS[field],
          children: practiceValue(data, field),
        }))}
      />
    </Card>
  );
}
