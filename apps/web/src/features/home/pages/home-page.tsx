import { Alert, Button, Card, Col, Row, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useCurrentAccount } from '@lx/ui/current-account';
import { useAvatarUrl } from '@/lib/avatar';
import { useHome } from '../api/get-home';
import { LatestAnnouncements } from '../components/latest-announcements';
import { MemberSummary } from '../components/member-summary';
import { SupportContact } from '../components/support-contact';
import { WorkItemCards } from '../components/work-item-cards';

export function HomePage() {
  const account = useCurrentAccount();
  const avatarUrl = useAvatarUrl(account);
  const home = useHome();

  return (
    <>
      <title>首页 - 律协会员服务平台</title>
      <Typography.Title level={1} style={{ fontSize: 20, margin: '0 0 16px' }}>
        您好，{account.displayName}
      </Typography.Title>
      {home.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(home.error)}
          action={<Button onClick={() => void home.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>工作台</h2>}
            style={{ marginBottom: 16 }}
          >
            {home.data ? (
              <WorkItemCards items={home.data.workItems} />
            ) : (
              <Skeleton active loading={home.isPending} />
            )}
          </Card>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>通知公告</h2>}
            extra={<Link to={paths.announcements.getHref()}>更多</Link>}
          >
            {home.data ? (
              <LatestAnnouncements items={home.data.announcements} />
            ) : (
              <Skeleton active loading={home.isPending} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>我的信息</h2>}
            style={{ marginBottom: 16 }}
          >
            <MemberSummary account={account} avatarUrl={avatarUrl} />
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>技术支持</h2>}>
            {home.data ? (
              <SupportContact association={home.data.association} />
            ) : (
              <Skeleton active loading={home.isPending} paragraph={{ rows: 2 }} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
