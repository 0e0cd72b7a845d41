import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useProfileOverview } from '../api/get-profile-overview';
import { ChangeLogCard } from '../components/change-log-card';
import { OverviewActions } from '../components/overview-actions';
import { OverviewReviewStatus } from '../components/overview-review-status';
import { OverviewSectionGrid } from '../components/overview-section-grid';

/** 信息补全 (draft, rejected, under review) or 信息变更 (approved): the profile's dashboard. */
export function ProfilePage() {
  const overview = useProfileOverview();
  const changeMode = overview.data?.editMode === 'change';
  const title = changeMode ? '信息变更' : '信息补全';
  const progressTitle = changeMode ? '信息变更完成情况' : '信息补全完成情况';

  return (
    <Flex vertical gap={16}>
      <title>{`${title} - 律协会员服务平台`}</title>
      <Card
        title={
          <div style={{ padding: '8px 0' }}>
            <h1 style={{ fontSize: 18, margin: 0 }}>{title}</h1>
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
              {changeMode ? '信息发生变更，请将信息变更' : '首次登录系统后，请将信息进行补全'}
            </Typography.Text>
          </div>
        }
      >
        {overview.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
        {overview.isError ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(overview.error)}
            action={<Button onClick={() => void overview.refetch()}>重试</Button>}
          />
        ) : null}
        {overview.data ? (
          <Flex vertical gap={16}>
            <OverviewReviewStatus overview={overview.data} />
            <h2 style={{ fontSize: 16, margin: 0 }}>
              <EditOutlined aria-hidden style={{ marginInlineEnd: 8 }} />
              {progressTitle}
            </h2>
            <OverviewSectionGrid
              sections={overview.data.sections}
              editMode={overview.data.editMode}
              label={progressTitle}
            />
            {changeMode ? (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                注：审核通过后，基本信息中未列出的项目（如执业信息）需要修改的，请
                <Link
                  to={paths.newTicket.getHref({
                    category: '信息有误',
                    title: '个人档案信息变更',
                    link: paths.profile.getHref(),
                  })}
                >
                  提交工单
                </Link>
                。
              </Typography.Paragraph>
            ) : null}
            <OverviewActions overview={overview.data} />
          </Flex>
        ) : null}
      </Card>
      {changeMode ? <ChangeLogCard /> : null}
    </Flex>
  );
}
