import { Table } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { CardApplicationSummary } from '@lx/shared/card-schemas';
import { ApplicationActions } from './application-actions';
import { ApplicationState } from './application-state';
import { applicationKindText, applicationNoText } from './card-labels';

export type ApplicationListProps = { applications: CardApplicationSummary[] };

/** 我的申请 (desktop). */
export function ApplicationTable({ applications }: ApplicationListProps) {
  return (
    <Table<CardApplicationSummary>
      rowKey="id"
      size="middle"
      dataSource={applications}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '暂无会员卡申请' }}
      columns={[
        {
          title: '申请编号',
          key: 'number',
          render: (_, application) => applicationNoText(application.number),
        },
        {
          title: '申请类型',
          key: 'kind',
          render: (_, application) => applicationKindText(application),
        },
        {
          title: '状态',
          key: 'state',
          render: (_, application) => (
            <div style={{ maxWidth: 280 }}>
              <ApplicationState application={application} />
            </div>
          ),
        },
        {
          title: '申请时间',
          key: 'createdAt',
          render: (_, application) => formatDateTime(application.createdAt),
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, application) => <ApplicationActions application={application} />,
        },
      ]}
    />
  );
}
