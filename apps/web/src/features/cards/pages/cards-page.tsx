import { CreditCardOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Grid, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useCardOverview } from '../api/get-card-overview';
import { ApplicationCards } from '../components/application-cards';
import { ApplicationTable } from '../components/application-table';
import { ApplyOptions } from '../components/apply-options';

/** 申请会员卡: the three kinds of application, which of them is possible now, and 我的申请. */
export function CardsPage() {
  const screens = Grid.useBreakpoint();
  const phone = screens.md !== true;
  const overview = useCardOverview();
  const data = overview.data;

  return (
    <Flex vertical gap={16}>
      <title>申请会员卡 - 律协会员服务平台</title>
      <Card
        title={
          <div style={{ padding: '8px 0' }}>
            <h1 style={{ fontSize: 18, margin: 0 }}>申请会员卡</h1>
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
              申请律师一卡通
            </Typography.Text>
          </div>
        }
        extra={
          <Link to={paths.cardManagement.getHref()}>
            <CreditCardOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
            会员卡管理
          </Link>
        }
      >
        {overview.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
        {overview.isError ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(overview.error)}
            action={<Button onClick={() => void overview.refetch()}>重试</Button>}
          />
        ) : null}
        {data ? <ApplyOptions options={data.options} /> : null}
      </Card>
      {data ? (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>我的申请</h2>}>
          {data.applications.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无会员卡申请" />
          ) : phone ? (
            <ApplicationCards applications={data.applications} />
          ) : (
            <ApplicationTable applications={data.applications} />
          )}
        </Card>
      ) : null}
    </Flex>
  );
}
