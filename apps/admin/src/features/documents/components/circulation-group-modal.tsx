import { Alert, App, Form, Input, Modal, Spin, Typography } from 'antd';
import {
  circulationGroupInputSchema,
  type CirculationGroupDetail,
  type CirculationGroupInput,
} from '@lx/shared/document-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useState } from 'react';
import { QueryError } from '@/components/query-error';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useCirculationGroup, useSaveCirculationGroup } from '../api/circulation';
import { PeopleSelect } from './circulation-selects';

type FormValues = { name: string; description: string; accountIds: string[] };

/** The group as loaded (编辑) or an empty one (新建), as the form starts. */
export function groupFormValues(group: CirculationGroupDetail | null): FormValues {
  return {
    name: group?.name ?? '',
    description: group?.description ?? '',
    accountIds: group?.members.map((m) => m.accountId) ?? [],
  };
}

function GroupForm({
  group,
  onClose,
}: {
  group: CirculationGroupDetail | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const save = useSaveCirculationGroup();
  const { alert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: circulationGroupInputSchema,
  });
  const [initialValues] = useState(() => groupFormValues(group));
  const chosen = Form.useWatch('accountIds', form) ?? initialValues.accountIds;

  const submit = async (input: CirculationGroupInput) => {
    const saved = await guard(() => save.mutateAsync({ id: group?.id ?? null, input }));
    if (saved) {
      void message.success(group ? '传阅组已保存' : '传阅组已新建');
      onClose();
    }
  };

  return (
    <Modal
      open
      title={group ? `编辑传阅组：${group.name}` : '新建传阅组'}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="circulation-group"
        form={form}
        schema={circulationGroupInputSchema}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
      >
        <Form.Item label="名称" name="name" required>
          <Input maxLength={50} showCount placeholder="如：各级律师协会秘书长" />
        </Form.Item>
        <Form.Item label="说明" name="description">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={200} showCount />
        </Form.Item>
        <Form.Item
          label="成员"
          name="accountIds"
          extra={`已选 ${chosen.length} 人；可按姓名、执业证号或机构名称搜索`}
        >
          <PeopleSelect initialPeople={group?.members ?? []} />
        </Form.Item>
      </ZodForm>
    </Modal>
  );
}

/** 编辑: waits for the group's members before the form opens (initial values once). */
function EditGroup({ id, onClose }: { id: string; onClose: () => void }) {
  const detail = useCirculationGroup(id);
  if (detail.isPending || detail.isError) {
    return (
      <Modal open title="编辑传阅组" footer={null} onCancel={onClose}>
        {detail.isError ? (
          <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <Typography.Paragraph style={{ textAlign: 'center' }}>
            <Spin />
          </Typography.Paragraph>
        )}
      </Modal>
    );
  }
  return <GroupForm group={detail.data} onClose={onClose} />;
}

/** 新建 (no id) or 编辑 a 传阅组: 名称, 说明, 成员. */
export function CirculationGroupModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  return id ? (
    <EditGroup id={id} onClose={onClose} />
  ) : (
    <GroupForm group={null} onClose={onClose} />
  );
}
