import { Card, Descriptions, Flex, Typography } from 'antd';
import { formatDate, formatDateTime } from '@lx/shared/dates';
import { applicationNoText, cardNoText } from './card-labels';
import { CardStateTag } from '@lx/ui/state-tags';
import { MemberCardActions } from './member-card-actions';
import type { MemberCardListProps } from './member-card-table';

/** 我的会员卡 (phones), one card each; dates that do not apply are left out. */
export function MemberCardCards({ cards, onReportedLost }: MemberCardListProps) {
  return (
    <Flex vertical gap={12} role="list" aria-label="会员卡列表">
      {cards.map((card) => {
        const items = [
          { key: 'issuedAt', label: '发卡日期', children: formatDate(card.issuedAt) },
          { key: 'lostAt', label: '挂失时间', children: formatDateTime(card.lostAt) },
          { key: 'voidedAt', label: '作废时间', children: formatDateTime(card.voidedAt) },
          {
            key: 'applicationNumber',
            label: '来源申请',
            children: card.applicationNumber ? applicationNoText(card.applicationNumber) : '',
          },
        ].filter((item) => item.children !== '');
        return (
          <div role="listitem" key={card.id}>
            <Card size="small">
              <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 4 }}>
                <Typography.Text strong>{cardNoText(card.number)}</Typography.Text>
                <CardStateTag state={card.state} />
              </Flex>
              <Descriptions size="small" column={1} items={items} />
              <MemberCardActions card={card} onReportedLost={onReportedLost} />
            </Card>
          </div>
        );
      })}
    </Flex>
  );
}
