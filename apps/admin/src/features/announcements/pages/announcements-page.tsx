import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import {
  ANNOUNCEMENT_STATES,
  type Announcement,
  type AnnouncementState,
} from '@lx/shared/announcement-schemas';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useAnnouncements } from '../api/get-announcements';
import { AnnouncementFilters } from '../components/announcement-filters';
import { AnnouncementFormModal } from '../components/announcement-form-modal';
import { AnnouncementTable } from '../components/announcement-table';

const FILTER_KEYS = ['state', 'q'] as const;

function asState(value: string | undefined): AnnouncementState | undefined {
  return ANNOUNCEMENT_STATES.find((s) => s === value);
}

/** 通知公告: drafts, published and withdrawn announcements, paged and filtered on the server. */
export function AnnouncementsPage() {
  const { message } = App.useApp();
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const state = asState(filters.state);
  const list = useAnnouncements({ page, pageSize, state, q: filters.q });
  // null: creating; an announcement: editing it; undefined: no dialog.
  const [editing, setEditing] = useState<Announcement | null | undefined>(undefined);
  // The edited announcement as the list now has it, so a reload after a conflict reaches the form.
  const current = editing
    ? (list.data?.items.find((a) => a.id === editing.id) ?? editing)
    : editing;

  return (
    <>
      <PageHeader
        title="通知公告"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            新建公告
          </Button>
        }
      >
        新建的公告为草稿，发布后会员在首页可见；已发布的公告可以撤回。
      </PageHeader>
      <Card>
        <div style={{ marginBottom: 16 }}>
          <AnnouncementFilters value={{ state, q: filters.q }} onChange={(f) => setFilters(f)} />
        </div>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <AnnouncementTable
            data={list.data}
            loading={list.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
            onEdit={setEditing}
          />
        )}
      </Card>
      {current !== undefined ? (
        <AnnouncementFormModal
          announcement={current}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            void message.success(current ? '公告已保存' : '草稿已创建，发布后会员可见');
            setEditing(undefined);
            if (!current) setFilters({}); // show the new draft at the top of the unfiltered list
          }}
        />
      ) : null}
    </>
  );
}
