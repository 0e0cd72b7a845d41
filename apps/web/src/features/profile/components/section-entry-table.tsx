import { Table, type TableColumnsType } from 'antd';
import { entryFieldText } from '@lx/shared/profile-fields';
import type { SectionDef } from '@lx/shared/profile-sections';
import type { SectionEntry } from '@lx/shared/profile-schemas';
import { SectionEntryActions } from './section-entry-actions';

export type SectionEntryListProps = {
  def: SectionDef;
  entries: SectionEntry[];
  /** False while the profile is under review: nothing can be changed. */
  changeable: boolean;
  deletingId: string | null;
  onEdit: (entry: SectionEntry) => void;
  onDelete: (entry: SectionEntry) => Promise<unknown>;
};

/** The entries as a table (desktop), one column per field. */
export function SectionEntryTable({
  def,
  entries,
  changeable,
  deletingId,
  onEdit,
  onDelete,
}: SectionEntryListProps) {
  const columns: TableColumnsType<SectionEntry> = def.fields.map((field) => ({
    title: field.label,
    key: field.name,
    render: (_, entry) =>
      field.kind === 'textarea' ? (
        <div style={{ maxWidth: 320, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {entryFieldText(field, entry.data)}
        </div>
      ) : (
        entryFieldText(field, entry.data)
      ),
  }));
  if (changeable && entries.some((entry) => entry.editable)) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: 'right',
      render: (_, entry) =>
        entry.editable ? (
          <SectionEntryActions
            entry={entry}
            deleting={deletingId === entry.id}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        ) : null,
    });
  }
  return (
    <Table<SectionEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={entries}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
