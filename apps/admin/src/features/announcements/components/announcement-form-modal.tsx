import { Alert, Form, Input, Modal, Switch } from 'antd';
import {
  announcementInputSchema,
  type Announcement,
  type AnnouncementInput,
} from '@lx/shared/announcement-schemas';
import { ERROR_CODES } from '@lx/shared/errors';
import { ApiRequestError } from '@lx/ui/api-client';
import { ZodForm } from '@lx/ui/zod-form';
import { useEffect, useRef } from 'react';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useCreateAnnouncement } from '../api/create-announcement';
import { useUpdateAnnouncement } from '../api/update-announcement';

type Props = {
  /** The announcement being edited, as last loaded; null to create one. */
  announcement: Announcement | null;
  onClose: () => void;
  onSaved: () => void;
};

function formValues(a: Announcement | null): AnnouncementInput {
  return { title: a?.title ?? '', body: a?.body ?? '', pinned: a?.pinned ?? false };
}

/** 新建公告 / 编辑公告. An edit that lost a race reloads the other person's version. */
export function AnnouncementFormModal({ announcement, onClose, onSaved }: Props) {
  const [form] = Form.useForm();
  const create = useCreateAnnouncement();
  const update = useUpdateAnnouncement();
  const { alert, setAlert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: announcementInputSchema,
  });
  const editing = announcement !== null;

  // When the list brings a newer version (after a conflict), the form shows that version; a mere
  // refetch of the same version leaves what the user typed alone.
  const loadedVersion = announcement ? `${announcement.id}:${announcement.version}` : 'new';
  const shownVersion = useRef(loadedVersion);
  useEffect(() => {
    if (shownVersion.current === loadedVersion) return;
    shownVersion.current = loadedVersion;
    form.setFieldsValue(formValues(announcement));
  }, [form, announcement, loadedVersion]);

  const submit = async (input: AnnouncementInput) => {
    await guard(async () => {
      try {
        if (announcement)
          await update.mutateAsync({ id: announcement.id, version: announcement.version, input });
        else await create.mutateAsync(input);
        onSaved();
      } catch (error) {
        if (error instanceof ApiRequestError && error.code === ERROR_CODES.CONFLICT) {
          setAlert(`${error.message}（已为您载入最新内容，请核对后重新修改并保存）`);
          return;
        }
        throw error;
      }
    });
  };

  return (
    <Modal
      open
      title={editing ? '编辑公告' : '新建公告'}
      okText="保存"
      cancelText="取消"
      width={760}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {alert ? <Alert type="warning" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="announcement"
        form={form}
        schema={announcementInputSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        initialValues={formValues(announcement)}
      >
        <Form.Item label="标题" name="title" required>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item label="正文" name="body" required>
          <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={20000} showCount />
        </Form.Item>
        <Form.Item
          label="置顶"
          name="pinned"
          valuePropName="checked"
          extra="置顶的公告显示在会员首页公告列表的最前面"
        >
          <Switch />
        </Form.Item>
      </ZodForm>
    </Modal>
  );
}
