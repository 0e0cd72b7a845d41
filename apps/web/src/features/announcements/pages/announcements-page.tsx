import { Alert, Button, Card, Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '@lx/shared/dates';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { pageFromSearch } from '@/lib/page';
import { useAnnouncements, type AnnouncementSummary } from '../api/get-announcements';

const PAGE_SIZE = 15;

export function AnnouncementsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = pageFromSearch(searchParams.get('page'));
  const announcements = useAnnouncements({ page, pageSize: PAGE_SIZE });

  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>通知公告</h1>}>
      <title>通知公告 - 律协会员服务平台</title>
      {announcements.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(announcements.error)}
          action={<Button onClick={() => void announcements.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<AnnouncementSummary>
        rowKey="id"
        size="middle"
        loading={announcements.isFetching}
        dataSource={announcements.data?.items ?? []}
        locale={{ emptyText: '暂无通知公告' }}
        columns={[
          {
            title: '标题',
            key: 'title',
            render: (_, row) => (
              <>
                {row.pinned ? <Tag color="red">置顶</Tag> : null}
                <Link to={paths.announcement.getHref(row.id)}>{row.title}</Link>
              </>
            ),
          },
          {
            title: '发布日期',
            key: 'publishedAt',
            width: 120,
            render: (_, row) => formatDate(row.publishedAt),
          },
        ]}
        pagination={{
          current: announcements.data?.page ?? page,
          pageSize: announcements.data?.pageSize ?? PAGE_SIZE,
          total: announcements.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (next) => setSearchParams(next > 1 ? { page: String(next) } : {}),
        }}
      />
    </Card>
  );
}
