import { Card, Table, type TableProps } from 'antd';
import type { CardApplicationDetail } from '@lx/shared/card-schemas';
import type { CardState } from '@lx/shared/card-workflow';
import { formatDate } from '@lx/shared/dates';
import { CardStateTag } from '@lx/ui/state-tags';

type HolderCard = CardApplicationDetail['holderCards'][number];

const columns: TableProps<HolderCard>['columns'] = [
  { title: '卡号', dataIndex: 'number' },
  {
    title: '状态',
    dataIndex: 'state',
    width: 90,
    render: (state: CardState) => <CardStateTag state={state} />,
  },
  { title: '发卡日期', dataIndex: 'issuedAt', width: 110, render: (v: string) => formatDate(v) },
];

/** 持卡记录: the applicant's cards, so the officer sees what a lost or replacement card replaces. */
export function HolderCardsCard({ cards }: { cards: HolderCard[] }) {
  return (
    <Card title="持卡记录" role="region" aria-label="持卡记录">
      <Table<HolderCard>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={cards}
        pagination={false}
        locale={{ emptyText: '暂无会员卡' }}
      />
    </Card>
  );
}
