import { Alert, App, Button, DatePicker, Flex, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { recordDepartureSchema, type RosterEntry } from '@lx/shared/roster-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useRecordDeparture } from '../api/record-departure';

const DAY = 'YYYY-MM-DD';

/** The form keeps the day as the schema takes it, yyyy-MM-dd; the picker shows it as a day. */
function dayOf(value: unknown): Dayjs | null {
  if (typeof value !== 'string' || value === '') return null;
  const day = dayjs(value);
  return day.isValid() ? day : null;
}

type RecordDepartureModalProps = {
  /** The lawyer leaving; null while the modal is closed. */
  lawyer: RosterEntry | null;
  onClose: () => void;
};

/** 登记离所: the day a practising lawyer left the firm. */
export function RecordDepartureModal({ lawyer, onClose }: RecordDepartureModalProps) {
  return (
    <Modal
      title="登记离所"
      open={lawyer !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={420}
    >
      {lawyer ? <DepartureForm lawyer={lawyer} onDone={onClose} /> : null}
    </Modal>
  );
}

function DepartureForm({ lawyer, onDone }: { lawyer: RosterEntry; onDone: () => void }) {
  const { message } = App.useApp();
  const departure = useRecordDeparture();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <ZodForm
      name="record-departure"
      schema={recordDepartureSchema}
      onSubmit={async (input) => {
        setFormError(null);
        try {
          await departure.mutateAsync({ lawyerId: lawyer.id, input });
          void message.success(`已登记 ${lawyer.name} 离所`);
          onDone();
        } catch (error) {
          setFormError(formErrorMessage(error));
        }
      }}
    >
      <Typography.Paragraph>
        登记 <Typography.Text strong>{lawyer.name}</Typography.Text>{' '}
        离所后，该律师将显示为已离所，申请电子证明时不再可选。
      </Typography.Paragraph>
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        label="离所日期"
        name="leftAt"
        required
        getValueProps={(value: unknown) => ({ value: dayOf(value) })}
        normalize={(day: Dayjs | null) => (day ? day.format(DAY) : undefined)}
      >
        <DatePicker
          format={DAY}
          placeholder="yyyy-MM-dd"
          style={{ width: '100%' }}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onDone}>取消</Button>
        <Button type="primary" htmlType="submit" loading={departure.isPending}>
          确认离所
        </Button>
      </Flex>
    </ZodForm>
  );
}
