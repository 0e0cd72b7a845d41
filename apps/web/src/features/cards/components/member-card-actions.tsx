import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import type { Card } from '@lx/shared/card-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useReactivateCard } from '../api/reactivate-card';
import { useReportCardLost } from '../api/report-card-lost';

type MemberCardActionsProps = {
  card: Card;
  /** After 挂失: the page offers the lost-card application. */
  onReportedLost: (card: Card) => void;
};

/** 挂失 an active card, 激活 a lost one found again, or why it can no longer be reactivated. */
export function MemberCardActions({ card, onReportedLost }: MemberCardActionsProps) {
  const { message } = App.useApp();
  const reportLost = useReportCardLost();
  const reactivate = useReactivateCard();

  const onReportLost = async () => {
    try {
      await reportLost.mutateAsync(card.id);
      void message.success('已挂失');
      onReportedLost(card);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const onReactivate = async () => {
    try {
      await reactivate.mutateAsync(card.id);
      void message.success('已激活');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const refusal = card.state === 'LOST' && !card.canReactivate ? card.reactivateRefusal : null;
  if (!card.canReportLost && !card.canReactivate && !refusal) return null;

  return (
    <Flex wrap gap={12} align="center">
      {card.canReportLost ? (
        <Popconfirm title="确定挂失该会员卡吗？挂失后该卡不能使用。" onConfirm={onReportLost}>
          <Button
            type="link"
            size="small"
            danger
            loading={reportLost.isPending}
            style={{ paddingLeft: 0, paddingRight: 0 }}
          >
            挂失
          </Button>
        </Popconfirm>
      ) : null}
      {card.canReactivate ? (
        <Popconfirm title="确定激活该会员卡吗？激活后该卡恢复正常使用。" onConfirm={onReactivate}>
          <Button
            type="link"
            size="small"
            loading={reactivate.isPending}
            style={{ paddingLeft: 0, paddingRight: 0 }}
          >
            激活
          </Button>
        </Popconfirm>
      ) : null}
      {refusal ? (
        <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
          {refusal}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
