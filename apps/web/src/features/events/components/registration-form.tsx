import { Alert, App, Button, Flex, Form, Input, Radio, Select, Skeleton } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MemberEvent, MemberRegistration } from '@lx/shared/event-schemas';
import { REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import { GENDER_LABELS, GENDERS, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import type { RosterEntry } from '@lx/shared/roster-schemas';
import { canApply } from '@lx/shared/workflow';
import { useCurrentAccount } from '@lx/ui/current-account';
import { errorMessage } from '@lx/ui/error-message';
import { ZodForm } from '@lx/ui/zod-form';
import { AttachmentUpload, attachmentFiles } from '@/components/attachment-upload';
import { formErrorMessage } from '@/lib/form-error';
import { useOwnBasicInfo, useOwnRoster } from '../api/get-registration-prefill';
import { useRegisterForEvent } from '../api/register-for-event';
import {
  lawyerChoice,
  lawyerPrefill,
  organisationPrefill,
  registrationFormSchema,
  type RegistrationFormValues,
} from './registration-form-values';

const GENDER_OPTIONS = GENDERS.map((gender) => ({ label: GENDER_LABELS[gender], value: gender }));

type RegistrationFormProps = {
  event: MemberEvent;
  onRegistered: (registration: MemberRegistration) => void;
};

/**
 * 报名表, once what it starts from is there: a lawyer's own data, or a firm's (office's) roster to
 * choose 参加人员 from. A skeleton until then, so no field is typed into and then replaced.
 */
export function RegistrationForm({ event, onRegistered }: RegistrationFormProps) {
  const account = useCurrentAccount();
  const organisation = account.kind === 'ORGANISATION';
  const basic = useOwnBasicInfo(!organisation);
  const roster = useOwnRoster(organisation);

  if (organisation) {
    if (roster.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
    if (roster.isError)
      return (
        <Alert
          type="error"
          showIcon
          title={`无法读取本机构的律师列表：${errorMessage(roster.error)}`}
          action={<Button onClick={() => void roster.refetch()}>重试</Button>}
        />
      );
    return (
      <RegistrationFields
        event={event}
        lawyers={roster.data.lawyers.filter((lawyer) => lawyer.status === 'PRACTISING')}
        initialValues={organisationPrefill(roster.data.organisationName)}
        onRegistered={onRegistered}
      />
    );
  }
  // The profile only fills in what it can; without it the account's own data is the start.
  if (basic.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <RegistrationFields
      event={event}
      lawyers={null}
      initialValues={lawyerPrefill(account, basic.data)}
      onRegistered={onRegistered}
    />
  );
}

type RegistrationFieldsProps = RegistrationFormProps & {
  /** A firm's or office's practising lawyers; null for a lawyer, who registers themself. */
  lawyers: RosterEntry[] | null;
  initialValues: RegistrationFormValues;
};

function RegistrationFields({
  event,
  lawyers,
  initialValues: prefill,
  onRegistered,
}: RegistrationFieldsProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RegistrationFormValues>();
  const register = useRegisterForEvent();
  const [refusal, setRefusal] = useState<string | null>(null);
  // The refusal is shown above the form, out of sight of the submit button on a phone.
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) refusalRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [refusal]);
  // Read once, when the form mounts; later refetches of the event or the profile leave it alone.
  const [initialValues] = useState(prefill);
  const organisation = lawyers !== null;
  const schema = useMemo(
    () => registrationFormSchema({ organisation, attachmentsRequired: event.attachmentsRequired }),
    [organisation, event.attachmentsRequired],
  );
  // A lawyer's own details may be remembered by the browser; someone else's are typed.
  const autoComplete = (value: string) => (organisation ? 'off' : value);

  return (
    <ZodForm
      name="event-registration"
      form={form}
      schema={schema}
      initialValues={initialValues}
      style={{ maxWidth: 640 }}
      onValuesChange={(changed: Partial<RegistrationFormValues>) => {
        // Choosing 参加人员 fills in who they are; the person typing may still correct it.
        if (changed.lawyerId === undefined || lawyers === null) return;
        const lawyer = lawyers.find((l) => l.id === changed.lawyerId);
        if (!lawyer) return;
        const choice = lawyerChoice(lawyer);
        form.setFields([
          { name: 'name', value: choice.name, errors: [] },
          { name: 'gender', value: choice.gender, errors: [] },
          { name: 'position', value: choice.position, errors: [] },
        ]);
      }}
      onSubmit={async ({ attachments, ...input }) => {
        setRefusal(null);
        try {
          const registration = await register.mutateAsync({
            eventId: event.id,
            input,
            files: attachmentFiles(attachments),
          });
          const waitlisted = canApply(REGISTRATION_WORKFLOW, 'offer', registration.state);
          void message.success(
            waitlisted
              ? `名额已满，已加入候补${registration.waitlistPosition ? `（候补第 ${registration.waitlistPosition} 位）` : ''}`
              : '报名成功',
          );
          onRegistered(registration);
        } catch (error) {
          // Field errors go on the fields (rethrown); 已报名, 名额已满, not in scope… go above.
          setRefusal(formErrorMessage(error));
        }
      }}
    >
      {refusal ? (
        <div ref={refusalRef}>
          <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />
        </div>
      ) : null}
      {lawyers !== null ? (
        <Form.Item label="参加人员" name="lawyerId" required>
          <Select
            placeholder="请选择本机构的律师"
            showSearch={{ optionFilterProp: 'label' }}
            options={lawyers.map((lawyer) => ({
              value: lawyer.id,
              label: `${lawyer.name}（${PRACTICE_CATEGORY_LABELS[lawyer.practiceCategory]}）`,
            }))}
            notFoundContent="本机构暂无执业中的律师"
          />
        </Form.Item>
      ) : null}
      <Form.Item label="姓名" name="name" required>
        <Input maxLength={50} autoComplete={autoComplete('name')} />
      </Form.Item>
      <Form.Item label="性别" name="gender" required>
        <Radio.Group options={GENDER_OPTIONS} />
      </Form.Item>
      <Form.Item label="工作单位" name="workplace" required>
        <Input maxLength={100} autoComplete={autoComplete('organization')} />
      </Form.Item>
      <Form.Item label="工作职务" name="position">
        <Input maxLength={50} autoComplete={autoComplete('organization-title')} />
      </Form.Item>
      <Form.Item label="联系电话" name="phone">
        <Input maxLength={30} inputMode="tel" autoComplete={autoComplete('tel')} />
      </Form.Item>
      <Form.Item label="手机号码" name="mobile" required>
        <Input maxLength={11} inputMode="numeric" autoComplete={autoComplete('tel-national')} />
      </Form.Item>
      <Form.Item label="电子邮箱" name="email" required>
        <Input maxLength={100} inputMode="email" autoComplete={autoComplete('email')} />
      </Form.Item>
      <Form.Item
        label="附件（可上传多个文件）"
        name="attachments"
        required={event.attachmentsRequired}
        extra={
          event.attachmentsRequired ? '本次活动报名需上传报名材料，请按报名须知准备。' : undefined
        }
      >
        <AttachmentUpload disabled={register.isPending} />
      </Form.Item>
      <Flex gap={12} align="center" wrap>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          提交报名申请
        </Button>
      </Flex>
    </ZodForm>
  );
}
