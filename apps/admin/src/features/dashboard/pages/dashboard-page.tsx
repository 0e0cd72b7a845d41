import { Card, Col, Descriptions, Row, Skeleton } from 'antd';
import { formatDate } from '@lx/shared/dates';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useCurrentAccount } from '@lx/ui/current-account';
import { useHasPermission } from '../../../lib/auth/permissions';
import { useHome } from '../api/get-home';
import { RecentAnnouncements } from '../components/recent-announcements';
import { TrainingComplianceCard } from '../components/training-compliance-card';
import { WorkItemCards } from '../components/work-item-cards';

/** 工作台: what waits for this staff member, and the latest announcements. */
export function DashboardPage() {
  const account = useCurrentAccount();
  const canManageAnnouncements = useHasPermission('announcement.manage');
  const canManageTraining = useHasPermission('event.manage');
  const home = useHome();

  return (
    <>
      <PageHeader title="工作台">
        {account.displayName}，您好！今天是 {formatDate(new Date())}。
      </PageHeader>
      {home.isError ? (
        <QueryError error={home.error} onRetry={() => void home.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card title="待办事项">
              {home.data ? <WorkItemCards items={home.data.workItems} /> : <Skeleton active />}
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card
              title="最新公告"
              extra={
                canManageAnnouncements ? (
                  <Link to={paths.announcements.getHref()}>管理公告</Link>
                ) : null
              }
              style={{ marginBottom: 16 }}
            >
              {home.data ? (
                <RecentAnnouncements
                  announcements={home.data.announcements}
                  linkToManagement={canManageAnnouncements}
                />
              ) : (
                <Skeleton active />
              )}
            </Card>
            {canManageTraining ? <TrainingComplianceCard /> : null}
            {home.data ? (
              <Card title="协会信息" size="small">
                <Descriptions
                  column={1}
                  size="small"
                  items={[
                    { key: 'name', label: '名称', children: home.data.association.name },
                    {
                      key: 'phone',
                      label: '服务电话',
                      children: home.data.association.supportPhone,
                    },
                    {
                      key: 'email',
                      label: '服务邮箱',
                      children: home.data.association.supportEmail,
                    },
                  ]}
                />
              </Card>
            ) : null}
          </Col>
        </Row>
      )}
    </>
  );
}
