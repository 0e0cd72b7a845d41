import { Button, Popconfirm, Space } from 'antd';
import type { SectionEntry } from '@lx/shared/profile-schemas';

type SectionEntryActionsProps = {
  entry: SectionEntry;
  deleting: boolean;
  onEdit: (entry: SectionEntry) => void;
  onDelete: (entry: SectionEntry) => Promise<unknown>;
};

/** 修改 and 删除 of one entry (the caller hides them when the entry cannot be changed). */
export function SectionEntryActions({
  entry,
  deleting,
  onEdit,
  onDelete,
}: SectionEntryActionsProps) {
  return (
    <Space size={4}>
      <Button type="link" size="small" onClick={() => onEdit(entry)}>
        修改
      </Button>
      <Popconfirm title="确定删除这条记录吗？" onConfirm={() => onDelete(entry)}>
        <Button type="link" size="small" danger loading={deleting}>
          删除
        </Button>
      </Popconfirm>
    </Space>
  );
}
