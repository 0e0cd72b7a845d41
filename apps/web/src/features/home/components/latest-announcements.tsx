import { Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@lx/shared/dates';
import type { Home } from '@lx/shared/home-schemas';
import { paths } from '@/config/paths';

type Announcement = Home['announcements'][number];

/** Pinned first; otherwise the server's order (newest first) is kept, as Array#sort is stable. */
function pinnedFirst(items: Announcement[]): Announcement[] {
  return [...items].sort((a, b) => Number(b.pinned) - Number(a.pinned));
}

export function LatestAnnouncements({ items }: { items: Announcement[] }) {
  if (items.length === 0)
    return <Empty description="暂无通知公告" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ul aria-label="最新通知公告" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {pinnedFirst(items).map((item) => (
        <li key={item.id} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Flex justify="space-between" align="baseline" gap={12}>
            <span style={{ minWidth: 0 }}>
              {item.pinned ? <Tag color="red">置顶</Tag> : null}
              <Link to={paths.announcement.getHref(item.id)}>{item.title}</Link>
            </span>
            <Typography.Text type="secondary" style={{ flexShrink: 0, fontSize: 13 }}>
              {formatDate(item.publishedAt)}
            </Typography.Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
