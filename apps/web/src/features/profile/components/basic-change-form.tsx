import { App, Button, Form, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  basicChangeSchema,
  CHANGEABLE_CONTACT_FIELDS,
  CHANGEABLE_PERSONAL_FIELDS,
} from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form-error';
import { useChangeBasicInfo } from '../api/change-basic-info';
import { BasicField } from './basic-fields';
import { BasicFormError } from './basic-form-error';

const otherChangesTicket = paths.newTicket.getHref({
  category: '信息有误',
  title: '基本信息变更',
  link: paths.profileBasic.getHref(),
});

function pick(source: Record<string, unknown> | null, keys: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source && source[key] !== undefined) out[key] = source[key];
  return out;
}

/** 个人档案变更: after approval, only this subset of basic information is changed here. */
export function BasicChangeForm({ info }: { info: BasicInfo }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const change = useChangeBasicInfo();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <>
      <BasicFormError message={formError} />
      <ZodForm
        name="basic-change"
        form={form}
        schema={basicChangeSchema}
        initialValues={{
          politicalAffiliations: [],
          ...pick(info.personal, CHANGEABLE_PERSONAL_FIELDS),
          ...pick(info.contact, CHANGEABLE_CONTACT_FIELDS),
        }}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            await change.mutateAsync(values);
            void message.success('保存成功');
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Row gutter={24}>
          {CHANGEABLE_PERSONAL_FIELDS.map((name) => (
            <BasicField key={name} name={name} />
          ))}
          {CHANGEABLE_CONTACT_FIELDS.map((name) => (
            <BasicField key={name} name={name} />
          ))}
        </Row>
        <Typography.Paragraph type="secondary">
          注：审核通过后，其他基本信息的修改需通过提交工单进行。
          <Link to={otherChangesTicket}>提交工单</Link>
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          保存
        </Button>
      </ZodForm>
    </>
  );
}
