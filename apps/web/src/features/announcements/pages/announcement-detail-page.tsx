import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { formatDate } from '@lx/shared/dates';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useAnnouncement } from '../api/get-announcement';

export function AnnouncementDetailPage() {
  const { id = '' } = useParams();
  const announcement = useAnnouncement(id);
  const backLink = (
    <Link to={paths.announcements.getHref()}>
      <ArrowLeftOutlined /> 返回通知公告
    </Link>
  );

  if (announcement.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (announcement.isError) {
    // A malformed id in the address (400) is as missing as an unknown one (404).
    const { error } = announcement;
    const notFound =
      error instanceof ApiRequestError && (error.status === 404 || error.status === 400);
    return notFound ? (
      <Result status="404" title="公告不存在" subTitle="该公告不存在或已撤回。" extra={backLink} />
    ) : (
      <Card>
        <Alert
          type="error"
          showIcon
          title={errorMessage(error)}
          action={<Button onClick={() => void announcement.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
        {backLink}
      </Card>
    );
  }

  const { title, body, pinned, publishedAt } = announcement.data;
  return (
    <Card>
      <title>{`${title} - 律协会员服务平台`}</title>
      {backLink}
      <Typography.Title level={1} style={{ fontSize: 22, margin: '16px 0 8px' }}>
        {title}
      </Typography.Title>
      <Space size="small">
        {pinned ? <Tag color="red">置顶</Tag> : null}
        <Typography.Text type="secondary">发布日期：{formatDate(publishedAt)}</Typography.Text>
      </Space>
      <Divider />
      {/* Plain text: React escapes it, and pre-wrap keeps the author's line breaks. */}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15, lineHeight: 1.8 }}>
        {body}
      </Typography.Paragraph>
    </Card>
  );
}
