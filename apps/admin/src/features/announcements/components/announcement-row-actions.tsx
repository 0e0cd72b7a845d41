import { App, Button, Popconfirm, Space } from 'antd';
import {
  ANNOUNCEMENT_TRANSITIONS,
  type Announcement,
  type AnnouncementAction,
  type AnnouncementState,
} from '@lx/shared/announcement-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useDeleteAnnouncement } from '../api/delete-announcement';
import { usePublishAnnouncement } from '../api/publish-announcement';
import { useWithdrawAnnouncement } from '../api/withdraw-announcement';

const ACTIONS = Object.keys(ANNOUNCEMENT_TRANSITIONS) as AnnouncementAction[];

/** The state changes the shared transition table allows from this state. */
export function allowedAnnouncementActions(state: AnnouncementState): AnnouncementAction[] {
  return ACTIONS.filter((action) =>
    (ANNOUNCEMENT_TRANSITIONS[action].from as readonly AnnouncementState[]).includes(state),
  );
}

const CONFIRM: Record<AnnouncementAction, string> = {
  publish: '发布后所有会员都能看到该公告，确定发布吗？',
  withdraw: '撤回后会员将看不到该公告，确定撤回吗？',
};

/** 编辑, 发布 / 撤回 (as the state allows) and 删除 (drafts only). */
export function AnnouncementRowActions({
  row,
  onEdit,
}: {
  row: Announcement;
  onEdit: (row: Announcement) => void;
}) {
  const { message } = App.useApp();
  const publish = usePublishAnnouncement();
  const withdraw = useWithdrawAnnouncement();
  const remove = useDeleteAnnouncement();
  const mutations = { publish, withdraw };

  const transition = async (action: AnnouncementAction) => {
    try {
      await mutations[action].mutateAsync({ id: row.id, version: row.version });
      void message.success(`已${ANNOUNCEMENT_TRANSITIONS[action].label}`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  const del = async () => {
    try {
      await remove.mutateAsync({ id: row.id });
      void message.success('已删除');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(row)}>
        编辑
      </Button>
      {allowedAnnouncementActions(row.state).map((action) => (
        <Popconfirm
          key={action}
          title={`${ANNOUNCEMENT_TRANSITIONS[action].label}公告`}
          description={CONFIRM[action]}
          okText={ANNOUNCEMENT_TRANSITIONS[action].label}
          cancelText="取消"
          onConfirm={() => transition(action)}
        >
          <Button type="link" size="small" loading={mutations[action].isPending}>
            {ANNOUNCEMENT_TRANSITIONS[action].label}
          </Button>
        </Popconfirm>
      ))}
      {row.state === 'DRAFT' ? (
        <Popconfirm
          title="删除草稿"
          description="删除后无法恢复，确定删除吗？"
          okText="删除"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={del}
        >
          <Button type="link" size="small" danger loading={remove.isPending}>
            删除
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
