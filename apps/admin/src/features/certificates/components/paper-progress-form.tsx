import { Alert, App, Button, Form, Input, Select } from 'antd';
import { paperProgressSchema, type CertificateApplication } from '@lx/shared/certificate-schemas';
import { PAPER_STATE_LABELS, PAPER_STATES_BY_PICKUP } from '@lx/shared/certificate-workflow';
import { ZodForm } from '@lx/ui/zod-form';
import { isConflict } from '@/lib/is-conflict';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useRecordPaperProgress, type PaperProgress } from '../api/record-paper-progress';

type Paper = NonNullable<CertificateApplication['paper']>;

type Props = { applicationId: string; paper: Paper };

/** 纸质证明状态 (and 快递单号 for mailed copies), saved with 保存纸质证明状态. */
export function PaperProgressForm({ applicationId, paper }: Props) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const record = useRecordPaperProgress();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: paperProgressSchema });
  const mailed = paper.pickup === 'MAIL';
  const options = PAPER_STATES_BY_PICKUP[paper.pickup].map((state) => ({
    value: state,
    label: PAPER_STATE_LABELS[state],
  }));

  const submit = async (progress: PaperProgress) => {
    await guard(async () => {
      try {
        await record.mutateAsync({ id: applicationId, ...progress });
        void message.success('纸质证明状态已保存');
      } catch (error) {
        // 409: the application changed meanwhile (e.g. revoked); the page reloads it.
        if (isConflict(error)) {
          void message.error(error.message);
          return;
        }
        throw error;
      }
    });
  };

  return (
    <div style={{ marginTop: 16 }}>
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="certificate-paper"
        form={form}
        schema={paperProgressSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        initialValues={{ state: paper.state ?? undefined, trackingNo: paper.trackingNo ?? '' }}
        autoComplete="off"
      >
        <Form.Item label="纸质证明状态" name="state" required>
          <Select placeholder="请选择" options={options} style={{ maxWidth: 240 }} />
        </Form.Item>
        {mailed ? (
          <Form.Item label="快递单号" name="trackingNo" required>
            <Input maxLength={40} placeholder="寄出后填写" style={{ maxWidth: 320 }} />
          </Form.Item>
        ) : null}
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            保存纸质证明状态
          </Button>
        </Form.Item>
      </ZodForm>
    </div>
  );
}
