import { Col, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  SECTION_STATUS_LABELS,
  type ProfileOverview,
  type SectionStatus,
} from '@lx/shared/profile-schemas';
import type { ProfileEditMode } from '@lx/shared/profile-workflow';
import { SECTION_DEFS } from '@lx/shared/profile-sections';
import { paths } from '@/config/paths';

type OverviewSection = ProfileOverview['sections'][number];

const STATUS_COLORS: Record<SectionStatus, string> = {
  TODO: 'orange',
  FILLED: 'green',
  NONE: 'blue',
};

const ACTION_LABELS: Record<ProfileEditMode, string> = {
  completion: '我要补全',
  change: '我要变更',
  locked: '查看',
};

export function sectionHref(key: OverviewSection['key']): string {
  return key === 'BASIC'
    ? paths.profileBasic.getHref()
    : paths.profileSection.getHref(SECTION_DEFS[key].slug);
}

type OverviewSectionGridProps = {
  sections: OverviewSection[];
  editMode: ProfileEditMode;
  /** The list's accessible name, the heading above it. */
  label: string;
};

/** 信息补全完成情况: the thirteen sections, their status and the way into each. */
export function OverviewSectionGrid({ sections, editMode, label }: OverviewSectionGridProps) {
  const action = ACTION_LABELS[editMode];
  return (
    <Row gutter={[12, 12]} role="list" aria-label={label}>
      {sections.map((section) => (
        <Col key={section.key} xs={24} md={12} role="listitem">
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              flexWrap: 'wrap',
              gap: 8,
              padding: '10px 16px',
              border: '1px solid #f0f0f0',
              borderRadius: 6,
              height: '100%',
            }}
          >
            <Typography.Text strong style={{ minWidth: 64 }}>
              {section.label}
            </Typography.Text>
            <Tag color={STATUS_COLORS[section.status]} style={{ marginInlineEnd: 0 }}>
              {SECTION_STATUS_LABELS[section.status]}
            </Tag>
            {section.status === 'FILLED' && section.key !== 'BASIC' ? (
              <Typography.Text type="secondary">共 {section.count} 条</Typography.Text>
            ) : null}
            <Link
              to={sectionHref(section.key)}
              aria-label={`${action}：${section.label}`}
              style={{ marginInlineStart: 'auto' }}
            >
              {action}
            </Link>
          </div>
        </Col>
      ))}
    </Row>
  );
}
