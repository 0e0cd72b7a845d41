import { Card, Descriptions, Flex } from 'antd';
import { entryFieldText } from '@lx/shared/profile-fields';
import { SectionEntryActions } from './section-entry-actions';
import type { SectionEntryListProps } from './section-entry-table';

/** The entries as cards (phones): the filled-in fields of each, one per line. */
export function SectionEntryCards({
  def,
  entries,
  changeable,
  deletingId,
  onEdit,
  onDelete,
}: SectionEntryListProps) {
  return (
    <Flex vertical gap={12} role="list" aria-label={`${def.label}列表`}>
      {entries.map((entry) => (
        <div role="listitem" key={entry.id}>
          <Card
            size="small"
            title={<span style={{ whiteSpace: 'normal' }}>{entry.summary || def.label}</span>}
            actions={
              changeable && entry.editable
                ? [
                    <SectionEntryActions
                      key="actions"
                      entry={entry}
                      deleting={deletingId === entry.id}
                      onEdit={onEdit}
                      onDelete={onDelete}
                    />,
                  ]
                : undefined
            }
          >
            <Descriptions
              size="small"
              column={1}
              items={def.fields
                .map((field) => ({
                  key: field.name,
                  label: field.label,
                  children: entryFieldText(field, entry.data),
                }))
                .filter((item) => item.children !== '')}
              styles={{ content: { overflowWrap: 'anywhere' } }}
            />
          </Card>
        </div>
      ))}
    </Flex>
  );
}
