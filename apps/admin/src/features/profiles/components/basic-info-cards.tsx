import { Card, Descriptions, Typography } from 'antd';
import {
  BASIC_FIELD_LABELS,
  contactInfoSchema,
  personalInfoSchema,
  practiceInfoSchema,
} from '@lx/shared/profile-basic';
import { valueText } from '@lx/shared/profile-fields';
import type { ProfileDetail } from '@lx/shared/profile-schemas';

// The fields of steps 3–5 in the order of their forms (the shared schemas).
const GROUPS = [
  { key: 'personal', title: '基本信息', fields: Object.keys(personalInfoSchema.shape) },
  { key: 'practice', title: '执业情况', fields: Object.keys(practiceInfoSchema.shape) },
  { key: 'contact', title: '联系方式', fields: Object.keys(contactInfoSchema.shape) },
] as const;

const COLUMNS = { xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 3 };

/** A stored draft value as the registration form writes it; lists are joined with 、. */
export function basicValue(value: unknown): string {
  return valueText(value) || '—';
}

function Empty() {
  return <Typography.Text type="secondary">律师尚未填写</Typography.Text>;
}

/** 基本信息, 教育情况 (derived from the education records), 执业情况 and 联系方式. */
export function BasicInfoCards({ detail }: { detail: ProfileDetail }) {
  const { basic } = detail;
  const [personal, practice, contact] = GROUPS.map((group) => {
    const data = basic[group.key] as Record<string, unknown> | null;
    return (
      <Card key={group.key} title={group.title} role="region" aria-label={group.title}>
        {data ? (
          <Descriptions
            size="small"
            bordered
            column={COLUMNS}
            items={group.fields.map((field) => ({
              key: field,
              label: BASIC_FIELD_LABELS[field] ?? field,
              children: basicValue(data[field]),
            }))}
          />
        ) : (
          <Empty />
        )}
      </Card>
    );
  });
  const education = (
    <Card
      key="education"
      title="教育情况"
      role="region"
      aria-label="教育情况"
      extra={<Typography.Text type="secondary">根据教育经历中的最高学历、学位生成</Typography.Text>}
    >
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'level', label: '学历', children: basicValue(basic.education.level) },
          { key: 'degree', label: '学位', children: basicValue(basic.education.degree) },
        ]}
      />
    </Card>
  );
  return (
    <>
      {personal}
      {education}
      {practice}
      {contact}
    </>
  );
}
