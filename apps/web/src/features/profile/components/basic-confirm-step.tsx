import { Alert, App, Button, Checkbox, Col, Descriptions, Form, Row, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { formatDate } from '@lx/shared/dates';
import { GENDER_LABELS, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import { BASIC_FIELD_LABELS, basicConfirmSchema } from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { ZodForm } from '@lx/ui/zod-form';
import { paths } from '@/config/paths';
import { useConfirmBasicInfo } from '../api/save-basic-step';
import { BasicStepActions } from './basic-step-actions';
import { StepHeading } from '@/components/step-heading';
import { PhotoFrame } from './photo-upload-panel';

/** A blank on the form is shown as such, so the lawyer sees what is still missing. */
function value(text: string | null | undefined): ReactNode {
  return text ? text : <Typography.Text type="secondary">未填写</Typography.Text>;
}

/** 律师基础信息登记表: what the printed registration form will show. */
export function BasicRegistrationTable({ info }: { info: BasicInfo }) {
  const { practiceRecord: record, personal, practice, contact } = info;
  const items = [
    { label: '姓名', children: value(record.name) },
    { label: '身份证号', children: value(record.idNo) },
    { label: '执业机构', children: value(record.organisationName) },
    { label: '执业类别', children: value(PRACTICE_CATEGORY_LABELS[record.practiceCategory]) },
    { label: '执业证号', children: value(record.licenceNo) },
    { label: '资格证号', children: value(practice?.qualificationNo) },
    { label: '首次执业时间', children: value(practice?.firstPracticeDate) },
    { label: '性别', children: value(GENDER_LABELS[record.gender]) },
    { label: '民族', children: value(personal?.ethnicity) },
    // 出生年月: the form prints year and month only.
    { label: '出生年月', children: value(personal?.birthDate?.slice(0, 7)) },
    { label: '籍贯', children: value(personal?.nativePlace) },
    {
      label: '学历',
      children: value(info.education.level ?? undefined),
    },
    { label: '政治面貌', children: value(personal?.politicalAffiliations?.join('、')) },
    { label: '联系地址', children: value(contact?.address) },
    { label: '邮编', children: value(contact?.postcode) },
    { label: '电子邮箱', children: value(contact?.email) },
    { label: '手机号码', children: value(contact?.mobile) },
  ].map((item) => ({ ...item, key: item.label }));

  return (
    <section aria-labelledby="basic-registration-title">
      <Typography.Title
        id="basic-registration-title"
        level={3}
        style={{ fontSize: 16, textAlign: 'center', margin: '0 0 12px' }}
      >
        律师基础信息登记表
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={18}>
          <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
        </Col>
        <Col xs={24} md={6}>
          <PhotoFrame photo={info.photo} />
        </Col>
      </Row>
    </section>
  );
}

/** The messages of a refused confirmation, with each field's label (the fields are elsewhere). */
function confirmErrorText(error: unknown): { title: string; details: string[] } {
  if (error instanceof ApiRequestError) {
    const details = Object.entries(error.fieldErrors).map(([field, message]) => {
      const label = BASIC_FIELD_LABELS[field.split('.')[0] ?? field];
      return label && !message.includes(label) ? `${label}：${message}` : message;
    });
    return { title: error.message, details };
  }
  return { title: errorMessage(error), details: [] };
}

type BasicConfirmStepProps = { info: BasicInfo; readOnly: boolean; onPrevious: () => void };

/** Step 6 确认信息: tick and confirm; this is not yet the submission for review. */
export function BasicConfirmStep({ info, readOnly, onPrevious }: BasicConfirmStepProps) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const confirm = useConfirmBasicInfo();
  const [failure, setFailure] = useState<{ title: string; details: string[] } | null>(null);

  return (
    <>
      <StepHeading title="确认信息">
        请您<Typography.Text strong>确认</Typography.Text>
        以下信息是否登记正确，确认无误后，请勾选“我已核实以上信息正确无误”，点击“确认补全”。
      </StepHeading>
      {info.confirmedAt ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={`基本信息已于 ${formatDate(info.confirmedAt)} 确认补全。`}
        />
      ) : null}
      <BasicRegistrationTable info={info} />
      {failure ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 16 }}
          title={failure.title}
          description={
            failure.details.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {failure.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      {readOnly ? (
        <BasicStepActions onPrevious={onPrevious} />
      ) : (
        <>
          <ZodForm
            name="basic-confirm"
            form={form}
            schema={basicConfirmSchema}
            style={{ marginTop: 16 }}
            onSubmit={async () => {
              setFailure(null);
              try {
                await confirm.mutateAsync();
                void message.success('基本信息已确认补全');
                void navigate(paths.profile.getHref());
              } catch (error) {
                setFailure(confirmErrorText(error));
              }
            }}
          >
            <Form.Item name="verified" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox>我已核实以上信息正确无误</Checkbox>
            </Form.Item>
          </ZodForm>
          <BasicStepActions
            onPrevious={onPrevious}
            hint={
              <Typography.Text type="secondary" style={{ fontSize: 13, textAlign: 'center' }}>
                注：“确认补全”并非正式提交审核，如需提交审核请回到【信息补全】中补全其他信息后，点击正式提交审核。
              </Typography.Text>
            }
          >
            <Button type="primary" loading={confirm.isPending} onClick={() => form.submit()}>
              确认补全
            </Button>
          </BasicStepActions>
        </>
      )}
    </>
  );
}
