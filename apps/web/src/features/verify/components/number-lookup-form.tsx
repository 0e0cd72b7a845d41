import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { z } from 'zod';
import { certificateNumberSchema } from '@lx/shared/certificate-schemas';
import { ZodForm } from '@lx/ui/zod-form';

const lookupSchema = z.object({ number: certificateNumberSchema });

type NumberLookupFormProps = {
  /** The number in the address, shown for correcting. */
  initialNumber: string | undefined;
  loading: boolean;
  onLookup: (number: string) => void;
  /** The number typed is not a certificate number: the result shown is no longer its answer. */
  onInvalid: () => void;
};

/** 证明编号 and 查询; the number is checked (ZM + 10 digits) before anything is asked. */
export function NumberLookupForm({
  initialNumber,
  loading,
  onLookup,
  onInvalid,
}: NumberLookupFormProps) {
  return (
    <ZodForm
      name="certificate-lookup"
      schema={lookupSchema}
      initialValues={{ number: initialNumber ?? '' }}
      autoComplete="off"
      onSubmit={(values) => onLookup(values.number)}
      onInvalid={onInvalid}
    >
      <Form.Item label="证明编号" name="number" required extra="证明右上角的编号，如 ZM2026000123">
        <Input maxLength={20} placeholder="请输入证明编号" allowClear />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<SearchOutlined aria-hidden />}
        loading={loading}
      >
        查询
      </Button>
    </ZodForm>
  );
}
