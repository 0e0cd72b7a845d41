import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Typography, type TableProps } from 'antd';
import type { CirculationGroup } from '@lx/shared/document-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useCirculationGroups, useDeleteCirculationGroup } from '../api/circulation';
import { CirculationGroupModal } from '../components/circulation-group-modal';

/** Which modal is open: none, 新建 (null id) or 编辑 one group. */
type Editing = { id: string | null } | null;

/** 传阅组: named lists of people a document can be circulated to at once. */
export function CirculationGroupsPage() {
  const { message } = App.useApp();
  const groups = useCirculationGroups();
  const remove = useDeleteCirculationGroup();
  const [editing, setEditing] = useState<Editing>(null);

  const drop = async (group: CirculationGroup) => {
    try {
      await remove.mutateAsync({ id: group.id });
      void message.success(`已删除传阅组“${group.name}”`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const columns: TableProps<CirculationGroup>['columns'] = [
    { title: '名称', dataIndex: 'name', width: 220 },
    {
      title: '说明',
      dataIndex: 'description',
      render: (description: string | null) => description || '—',
    },
    { title: '人数', dataIndex: 'memberCount', width: 80 },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, group) => (
        <Space>
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            aria-label={`编辑 ${group.name}`}
            onClick={() => setEditing({ id: group.id })}
          >
            编辑
          </Button>
          <Popconfirm
            title="删除传阅组"
            description={`确定删除“${group.name}”吗？已发布的公文不受影响。`}
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => drop(group)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={`删除 ${group.name}`}
            >
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="传阅组"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ id: null })}
          >
            新建传阅组
          </Button>
        }
      >
        传阅组是一组指定人员（如各级律师协会秘书长），拟稿时可将整组添加为传阅对象；发布时按当时的成员送达。
      </PageHeader>
      <Card>
        {groups.isError ? (
          <QueryError error={groups.error} onRetry={() => void groups.refetch()} />
        ) : (
          <Table<CirculationGroup>
            rowKey="id"
            size="middle"
            caption={
              <Typography.Text
                strong
                style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}
              >
                传阅组{groups.data ? `（共 ${groups.data.length} 个）` : ''}
              </Typography.Text>
            }
            columns={columns}
            dataSource={groups.data}
            loading={groups.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: '暂无传阅组' }}
          />
        )}
      </Card>
      {editing ? <CirculationGroupModal id={editing.id} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
