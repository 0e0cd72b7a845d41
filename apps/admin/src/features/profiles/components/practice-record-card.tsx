import { Card, Descriptions, Flex, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import {
  GENDER_LABELS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';
import type { ProfileDetail } from '@lx/shared/profile-schemas';
import { ProfilePhoto } from './profile-photo';

/** 执业信息: the licence data the lawyer confirmed in step 1, beside the ID photo. */
export function PracticeRecordCard({ detail }: { detail: ProfileDetail }) {
  const { practiceRecord: r, photo, confirmedAt } = detail.basic;
  const items = [
    { key: 'name', label: '姓名', children: r.name },
    { key: 'gender', label: '性别', children: GENDER_LABELS[r.gender] },
    { key: 'idNo', label: '身份证号', children: r.idNo },
    { key: 'licenceNo', label: '执业证号', children: r.licenceNo ?? '—' },
    { key: 'category', label: '执业类别', children: PRACTICE_CATEGORY_LABELS[r.practiceCategory] },
    { key: 'authority', label: '发证机关', children: r.authority },
    { key: 'organisation', label: '执业机构', children: r.organisationName },
    {
      key: 'organisationKind',
      label: '机构类别',
      children: ORGANISATION_KIND_LABELS[r.organisationKind],
    },
    { key: 'role', label: '机构职务', children: ORGANISATION_ROLE_LABELS[r.organisationRole] },
    { key: 'memberNo', label: '会员编号', children: r.memberNo },
  ];
  return (
    <Card
      title="执业信息"
      role="region"
      aria-label="执业信息"
      extra={
        <Typography.Text type="secondary">
          {confirmedAt ? `律师已于 ${formatDateTime(confirmedAt)} 确认` : '律师尚未确认基本信息'}
        </Typography.Text>
      }
    >
      <Flex gap={24} wrap align="flex-start">
        <ProfilePhoto profileId={detail.id} uploadedAt={photo?.uploadedAt ?? null} />
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
          items={items}
          style={{ flex: '1 1 420px', minWidth: 0 }}
        />
      </Flex>
    </Card>
  );
}
