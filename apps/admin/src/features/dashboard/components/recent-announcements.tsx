import { PushpinFilled } from '@ant-design/icons';
import { Empty, Flex, Tag, Typography } from 'antd';
import { formatDate } from '@lx/shared/dates';
import type { Home } from '@lx/shared/home-schemas';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

type Props = { announcements: Home['announcements']; linkToManagement: boolean };

/** 最新公告: the published announcements members see; staff who manage them get a link to each. */
export function RecentAnnouncements({ announcements, linkToManagement }: Props) {
  if (announcements.length === 0) return <Empty description="暂无已发布的公告" />;
  return (
    <Flex vertical>
      {announcements.map((a) => (
        <Flex
          key={a.id}
          justify="space-between"
          align="center"
          gap={12}
          style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text ellipsis style={{ minWidth: 0 }}>
            {a.pinned ? (
              <Tag color="red" icon={<PushpinFilled />}>
                置顶
              </Tag>
            ) : null}
            {linkToManagement ? (
              <Link to={paths.announcements.getHref({ q: a.title })}>{a.title}</Link>
            ) : (
              a.title
            )}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
            {formatDate(a.publishedAt)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
