import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Grid, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Card as MemberCard } from '@lx/shared/card-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useCardOverview } from '../api/get-card-overview';
import { cardNoText } from '../components/card-labels';
import { MemberCardCards } from '../components/member-card-cards';
import { MemberCardTable } from '../components/member-card-table';

/** After 挂失: the way on to the lost-card application. */
function ReportedLostNotice({ card }: { card: MemberCard }) {
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={`会员卡 ${cardNoText(card.number)} 已挂失。`}
      description={
        <Flex wrap gap={8} align="center">
          <span>若确认无法找回，可提交遗失申请补办新卡。</span>
          <Link to={paths.cardApply.getHref('LOST')}>去申请补卡</Link>
        </Flex>
      }
    />
  );
}

/** 会员卡管理: my cards, 挂失 and 激活. */
export function CardManagementPage() {
  const screens = Grid.useBreakpoint();
  const phone = screens.md !== true;
  const overview = useCardOverview();
  const [lostCardId, setLostCardId] = useState<string | null>(null);
  const cards = overview.data?.cards;
  // The notice lasts while the card just reported stays lost (激活 takes it back).
  const lostCard = cards?.find((card) => card.id === lostCardId && card.state === 'LOST');
  const onReportedLost = (card: MemberCard) => setLostCardId(card.id);

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>会员卡管理</h1>}
      extra={
        <Link to={paths.cards.getHref()}>
          <ArrowLeftOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
          返回申请会员卡
        </Link>
      }
    >
      <title>会员卡管理 - 律协会员服务平台</title>
      <Flex vertical gap={16}>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          <li>
            <Typography.Text strong>挂失：</Typography.Text>
            如果您的会员卡遗失，请先办理挂失，若在确认无法找回后，可申请“遗失申请”。
          </li>
          <li>
            <Typography.Text strong>激活：</Typography.Text>
            会员卡挂失后，又找到会员卡，可重新激活卡片。
          </li>
        </ul>
        {lostCard ? <ReportedLostNotice card={lostCard} /> : null}
        {overview.isPending ? <Skeleton active /> : null}
        {overview.isError ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(overview.error)}
            action={<Button onClick={() => void overview.refetch()}>重试</Button>}
          />
        ) : null}
        {cards && cards.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <div>暂无会员卡</div>
                <Link to={paths.cards.getHref()}>申请会员卡</Link>
              </>
            }
          />
        ) : null}
        {cards && cards.length > 0 ? (
          phone ? (
            <MemberCardCards cards={cards} onReportedLost={onReportedLost} />
          ) : (
            <MemberCardTable cards={cards} onReportedLost={onReportedLost} />
          )
        ) : null}
      </Flex>
    </Card>
  );
}
