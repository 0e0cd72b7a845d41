import { Table } from 'antd';
import type { Card } from '@lx/shared/card-schemas';
import { formatDate, formatDateTime } from '@lx/shared/dates';
import { applicationNoText, cardNoText } from './card-labels';
import { CardStateTag } from '@lx/ui/state-tags';
import { MemberCardActions } from './member-card-actions';

export type MemberCardListProps = {
  cards: Card[];
  onReportedLost: (card: Card) => void;
};

/** 我的会员卡 (desktop). */
export function MemberCardTable({ cards, onReportedLost }: MemberCardListProps) {
  return (
    <Table<Card>
      rowKey="id"
      size="middle"
      dataSource={cards}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '暂无会员卡' }}
      columns={[
        { title: '卡号', key: 'number', render: (_, card) => cardNoText(card.number) },
        { title: '状态', key: 'state', render: (_, card) => <CardStateTag state={card.state} /> },
        { title: '发卡日期', key: 'issuedAt', render: (_, card) => formatDate(card.issuedAt) },
        {
          title: '挂失时间',
          key: 'lostAt',
          render: (_, card) => (card.lostAt ? formatDateTime(card.lostAt) : '—'),
        },
        {
          title: '作废时间',
          key: 'voidedAt',
          render: (_, card) => (card.voidedAt ? formatDateTime(card.voidedAt) : '—'),
        },
        {
          title: '来源申请',
          key: 'applicationNumber',
          render: (_, card) =>
            card.applicationNumber ? applicationNoText(card.applicationNumber) : '—',
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, card) => (
            <div style={{ maxWidth: 280 }}>
              <MemberCardActions card={card} onReportedLost={onReportedLost} />
            </div>
          ),
        },
      ]}
    />
  );
}
