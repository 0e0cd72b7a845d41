import { Alert, App, Form, Input, Modal } from 'antd';
import { ERROR_CODES } from '@lx/shared/errors';
import { rejectProfileSchema } from '@lx/shared/profile-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useRejectProfile } from '../api/reject-profile';

// The form asks only for the opinion; the version is the one the page shows.
const opinionSchema = rejectProfileSchema.pick({ opinion: true });

export function isConflict(error: unknown): error is ApiRequestError {
  return (
    error instanceof ApiRequestError &&
    (error.status === 409 || error.code === ERROR_CODES.CONFLICT)
  );
}

type Props = { profileId: string; version: number; lawyerName: string; onClose: () => void };

/** 驳回: the opinion is required and is shown to the lawyer, who corrects and submits again. */
export function RejectProfileModal({ profileId, version, lawyerName, onClose }: Props) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const reject = useRejectProfile();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: opinionSchema });

  const submit = async ({ opinion }: { opinion: string }) => {
    await guard(async () => {
      try {
        await reject.mutateAsync({ id: profileId, version, opinion });
        void message.success('已驳回，律师修改后可重新提交');
        onClose();
      } catch (error) {
        // Another reviewer decided first, or the profile changed: the page reloads it.
        if (isConflict(error)) {
          void message.error(error.message);
          onClose();
          return;
        }
        throw error;
      }
    });
  };

  return (
    <Modal
      open
      title={`驳回档案：${lawyerName}`}
      okText="确认驳回"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={reject.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="profile-reject"
        form={form}
        schema={opinionSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
      >
        <Form.Item
          label="审核意见"
          name="opinion"
          required
          extra="请写明需要律师修改或补充的内容，律师将看到这段意见。"
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={500}
            showCount
            placeholder="如：证件照片不符合要求，请重新上传近期免冠正面照片"
          />
        </Form.Item>
      </ZodForm>
    </Modal>
  );
}
