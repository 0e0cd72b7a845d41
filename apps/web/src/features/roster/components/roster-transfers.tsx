import { Table, Tag, Typography } from 'antd';
import { TRANSFER_DIRECTION_LABELS, type RosterTransfer } from '@lx/shared/roster-schemas';

/** 转所记录: lawyers who moved to another organisation (转出) or came from one (转入), with the date. */
export function RosterTransfers({ transfers }: { transfers: RosterTransfer[] }) {
  if (transfers.length === 0) return null;
  return (
    <section aria-labelledby="roster-transfers" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="roster-transfers" style={{ fontSize: 16 }}>
        转所记录
      </Typography.Title>
      <Table<RosterTransfer>
        rowKey="id"
        size="small"
        dataSource={transfers}
        scroll={{ x: 'max-content' }}
        pagination={transfers.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: '生效日期', dataIndex: 'effectiveOn', key: 'effectiveOn' },
          {
            title: '类型',
            key: 'direction',
            render: (_, move) => (
              <Tag color={move.direction === 'IN' ? 'green' : 'default'}>
                {TRANSFER_DIRECTION_LABELS[move.direction]}
              </Tag>
            ),
          },
          { title: '姓名', dataIndex: 'lawyerName', key: 'lawyerName' },
          { title: '执业证号', key: 'licenceNo', render: (_, move) => move.licenceNo ?? '—' },
          {
            title: '转入 / 转出机构',
            key: 'organisationName',
            render: (_, move) =>
              move.direction === 'IN'
                ? `自 ${move.organisationName}`
                : `至 ${move.organisationName}`,
          },
        ]}
      />
    </section>
  );
}
