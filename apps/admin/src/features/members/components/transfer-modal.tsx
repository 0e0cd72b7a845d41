import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { MemberDetail, TransferInput } from '@lx/shared/member-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useTransferMember } from '../api/member-actions';
import { useOrganisationPicker } from '../api/organisations';
import { DATE_FORMAT, transferFormSchema, transferInitialValues } from './member-form-values';

/** 转所 records a move that has happened: today or a past day, never a day to come. */
const isFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');

/** 转所: the organisation found by its name or licence number, the date and the reason. */
export function TransferModal({
  member,
  ticketId,
  onClose,
}: {
  member: MemberDetail;
  ticketId: string | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const transfer = useTransferMember(member.id);
  const [search, setSearch] = useState('');
  const picker = useOrganisationPicker(search);
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: transferFormSchema });
  const [initialValues] = useState(transferInitialValues);

  const submit = async (input: TransferInput) => {
    const saved = await guard(() => transfer.mutateAsync({ ...input, ticketId }));
    if (saved) {
      void message.success(ticketId ? '已办理转所，并已在工单中留言' : '已办理转所');
      onClose();
    }
  };

  const options = (picker.data?.items ?? [])
    .filter((o) => o.id !== member.organisationId)
    .map((o) => ({ value: o.id, label: o.name }));

  return (
    <Modal
      open
      title={`转所：${member.name}`}
      okText="确认转所"
      cancelText="取消"
      confirmLoading={transfer.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Alert
        type="info"
        showIcon
        title={`现执业机构：${member.organisationName}。转所后所内身份为“律师”，原机构的律师列表显示转出，新机构显示转入。`}
        style={{ marginBottom: 16 }}
      />
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="member-transfer"
        form={form}
        schema={transferFormSchema}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
        layout="vertical"
      >
        <Form.Item label="转入机构" name="organisationId" required>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder="输入机构名称或执业许可证号查找"
            loading={picker.isFetching}
            notFoundContent={picker.isFetching ? '查找中…' : '没有找到机构'}
            options={options}
          />
        </Form.Item>
        <Form.Item label="生效日期" name="effectiveOn" required>
          <DatePicker format={DATE_FORMAT} disabledDate={isFuture} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="转所原因" name="reason" required extra="原因记入审计日志">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={200} showCount />
        </Form.Item>
      </ZodForm>
    </Modal>
  );
}
