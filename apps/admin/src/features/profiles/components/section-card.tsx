import { Card, Table, Tag, Typography, type TableProps } from 'antd';
import { entryFieldText } from '@lx/shared/profile-fields';
import {
  SECTION_STATUS_LABELS,
  type ProfileDetail,
  type SectionEntry,
  type SectionStatus,
} from '@lx/shared/profile-schemas';
import { SECTION_DEFS, type ListSection } from '@lx/shared/profile-sections';

type SectionData = ProfileDetail['sections'][number];

const STATUS_COLORS: Record<SectionStatus, string> = {
  TODO: 'warning',
  FILLED: 'success',
  NONE: 'default',
};

function statusOf(section: SectionData | undefined): SectionStatus {
  if (section?.markedNone) return 'NONE';
  return section && section.entries.length > 0 ? 'FILLED' : 'TODO';
}

/** One list section (教育经历, 工作经历 …): its entries with the columns of its form, or 填报为无. */
export function SectionCard({
  sectionKey,
  section,
  status,
}: {
  sectionKey: ListSection;
  section: SectionData | undefined;
  /** As the overview reports it; worked out from the entries when absent. */
  status?: SectionStatus;
}) {
  const def = SECTION_DEFS[sectionKey];
  const shown = status ?? statusOf(section);
  const entries = section?.entries ?? [];

  const columns: TableProps<SectionEntry>['columns'] = def.fields.map((field) => ({
    title: field.label,
    key: field.name,
    render: (_, entry) => {
      const text = entryFieldText(field, entry.data) || '—';
      return field.kind === 'textarea' ? (
        <div
          style={{ minWidth: 200, maxWidth: 360, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
        >
          {text}
        </div>
      ) : (
        text
      );
    },
  }));

  let body;
  if (section?.markedNone) {
    body = <Typography.Text type="secondary">{SECTION_STATUS_LABELS.NONE}</Typography.Text>;
  } else if (entries.length === 0) {
    body = <Typography.Text type="secondary">律师尚未填写</Typography.Text>;
  } else {
    body = (
      <Table<SectionEntry>
        rowKey="id"
        size="small"
        bordered
        columns={columns}
        dataSource={entries}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    );
  }

  return (
    <Card
      title={def.label}
      role="region"
      aria-label={def.label}
      extra={
        <Tag color={STATUS_COLORS[shown]}>
          {SECTION_STATUS_LABELS[shown]}
          {shown === 'FILLED' ? ` ${entries.length} 条` : ''}
        </Tag>
      }
    >
      {body}
    </Card>
  );
}
