import { Table } from 'antd';
import { TRAINING_KIND_LABELS } from '@lx/shared/training-kinds';
import { TRAINING_SOURCE_LABELS, type TrainingEntry } from '@lx/shared/training-schemas';
import { EntryHours, EntryTitle } from './entry-title';
import { ScrollRegion } from './scroll-region';
import { hoursText } from './training-texts';

type EntryTableProps = { entries: TrainingEntry[]; loading: boolean; emptyText: string };

/** 学时明细 on a wider screen; paged by the caller, below the table. */
export function EntryTable({ entries, loading, emptyText }: EntryTableProps) {
  return (
    <ScrollRegion label="学时明细表">
      <Table<TrainingEntry>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={entries}
        locale={{ emptyText }}
        pagination={false}
        columns={[
          { title: '日期', dataIndex: 'date', key: 'date', width: 112 },
          {
            title: '课程名称',
            key: 'title',
            render: (_, entry) => (
              <div style={{ minWidth: 180, maxWidth: 360 }}>
                <EntryTitle entry={entry} />
              </div>
            ),
          },
          {
            title: '主办方',
            key: 'organiser',
            render: (_, entry) => (
              <span style={{ display: 'inline-block', maxWidth: 220, overflowWrap: 'anywhere' }}>
                {entry.organiser}
              </span>
            ),
          },
          {
            title: '类别',
            key: 'kind',
            render: (_, entry) => TRAINING_KIND_LABELS[entry.kind],
          },
          {
            title: '学时',
            key: 'hours',
            align: 'right',
            render: (_, entry) => <EntryHours entry={entry} text={hoursText(entry.hours)} />,
          },
          {
            title: '来源',
            key: 'source',
            render: (_, entry) => TRAINING_SOURCE_LABELS[entry.source],
          },
        ]}
      />
    </ScrollRegion>
  );
}
