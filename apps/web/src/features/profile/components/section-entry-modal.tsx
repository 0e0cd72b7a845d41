import { App, Modal } from 'antd';
import type { SectionDef } from '@lx/shared/profile-sections';
import type { SectionEntry } from '@lx/shared/profile-schemas';
import { useSaveSectionEntry } from '../api/save-section-entry';
import { SectionEntryForm } from './section-entry-form';

export type EntryEditing = { kind: 'new' } | { kind: 'edit'; entry: SectionEntry };

type SectionEntryModalProps = {
  def: SectionDef;
  /** What is being edited; null when the modal is closed. */
  editing: EntryEditing | null;
  onClose: () => void;
};

/** 新增/修改 an entry of a list section. */
export function SectionEntryModal({ def, editing, onClose }: SectionEntryModalProps) {
  const { message } = App.useApp();
  const save = useSaveSectionEntry();
  const entry = editing?.kind === 'edit' ? editing.entry : undefined;

  return (
    <Modal
      open={editing !== null}
      title={`${entry ? '修改' : '新增'}${def.label}`}
      footer={null}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      width={720}
    >
      {editing ? (
        <SectionEntryForm
          // A fresh form for every entry opened.
          key={entry?.id ?? 'new'}
          def={def}
          data={entry?.data}
          saving={save.isPending}
          onCancel={onClose}
          onSave={async (values) => {
            await save.mutateAsync({ slug: def.slug, id: entry?.id, values });
            void message.success('保存成功');
            onClose();
          }}
        />
      ) : null}
    </Modal>
  );
}
