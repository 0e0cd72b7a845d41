import { Alert, Button, Descriptions, Flex, Form, Input, Modal, Radio, Result, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  GENDERS,
  GENDER_LABELS,
  ORGANISATION_ROLES,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORIES,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';
import {
  DUPLICATE_LAWYER_TICKET,
  rosterCategoryProblem,
  rosterLawyerInputSchema,
  type AddedLawyer,
} from '@lx/shared/roster-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { useCurrentAccount } from '@lx/ui/current-account';
import { ZodForm } from '@lx/ui/zod-form';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form-error';
import { useAddLawyer } from '../api/add-lawyer';

const GENDER_OPTIONS = GENDERS.map((gender) => ({ label: GENDER_LABELS[gender], value: gender }));
const CATEGORY_OPTIONS = PRACTICE_CATEGORIES.map((category) => ({
  label: PRACTICE_CATEGORY_LABELS[category],
  value: category,
}));
const ROLE_OPTIONS = ORGANISATION_ROLES.map((role) => ({
  label: ORGANISATION_ROLE_LABELS[role],
  value: role,
}));

type AddLawyerModalProps = { open: boolean; onClose: () => void };

/** 添加律师: the form, then the new lawyer's sign-in. */
export function AddLawyerModal({ open, onClose }: AddLawyerModalProps) {
  const [added, setAdded] = useState<AddedLawyer | null>(null);
  // A fresh form for every 继续添加.
  const [round, setRound] = useState(0);
  return (
    <Modal
      title="添加律师"
      open={open}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) setAdded(null);
      }}
      footer={null}
      destroyOnHidden
    >
      {added ? (
        <AddedLawyerResult
          added={added}
          onAnother={() => {
            setAdded(null);
            setRound((n) => n + 1);
          }}
          onClose={onClose}
        />
      ) : (
        <AddLawyerForm key={round} onAdded={setAdded} onCancel={onClose} />
      )}
    </Modal>
  );
}

/** The duplicate the server refused (409), with the way out: a ticket to the association. */
function DuplicateLawyerAlert({ text }: { text: string }) {
  const navigate = useNavigate();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={text}
      style={{ marginBottom: 16 }}
      action={
        <Button
          size="small"
          type="primary"
          onClick={() =>
            void navigate(
              paths.newTicket.getHref({
                ...DUPLICATE_LAWYER_TICKET,
                link: paths.roster.getHref(),
              }),
            )
          }
        >
          提交工单
        </Button>
      }
    />
  );
}

type AddLawyerFormProps = { onAdded: (added: AddedLawyer) => void; onCancel: () => void };

function AddLawyerForm({ onAdded, onCancel }: AddLawyerFormProps) {
  const addLawyer = useAddLawyer();
  // Only the categories this kind of organisation may have (no 公职律师 in a law firm).
  const kind = useCurrentAccount().organisation?.kind;
  const categoryOptions = kind
    ? CATEGORY_OPTIONS.filter((option) => !rosterCategoryProblem(kind, option.value))
    : CATEGORY_OPTIONS;
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);

  return (
    <ZodForm
      name="add-lawyer"
      schema={rosterLawyerInputSchema}
      onSubmit={async (input) => {
        setFormError(null);
        setDuplicate(null);
        try {
          onAdded(await addLawyer.mutateAsync(input));
        } catch (error) {
          if (error instanceof ApiRequestError && error.status === 409) {
            setDuplicate(error.message);
            return;
          }
          setFormError(formErrorMessage(error));
        }
      }}
    >
      {duplicate ? <DuplicateLawyerAlert text={duplicate} /> : null}
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item label="姓名" name="name" required>
        <Input maxLength={17} autoComplete="off" />
      </Form.Item>
      <Form.Item label="性别" name="gender" required>
        <Radio.Group aria-label="性别" options={GENDER_OPTIONS} />
      </Form.Item>
      <Form.Item label="身份证号" name="idNo" required>
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item label="执业证号" name="licenceNo" extra="实习人员可不填">
        <Input maxLength={17} autoComplete="off" />
      </Form.Item>
      <Form.Item label="执业类别" name="practiceCategory" required>
        <Select placeholder="请选择执业类别" options={categoryOptions} />
      </Form.Item>
      <Form.Item label="所内身份" name="organisationRole" required>
        <Select placeholder="请选择所内身份" options={ROLE_OPTIONS} />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" htmlType="submit" loading={addLawyer.isPending}>
          确认添加
        </Button>
      </Flex>
    </ZodForm>
  );
}

type AddedLawyerResultProps = { added: AddedLawyer; onAnother: () => void; onClose: () => void };

/** The new lawyer can sign in at once: the account and how the first password is made. */
function AddedLawyerResult({ added, onAnother, onClose }: AddedLawyerResultProps) {
  return (
    <Result
      status="success"
      title={`已添加律师 ${added.lawyer.name}`}
      subTitle="请将登录账号和初始密码规则告知该律师，首次登录后请修改密码。"
      style={{ padding: '16px 0' }}
      extra={
        <Flex vertical gap={16}>
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
            items={[
              { key: 'login', label: '账号', children: added.login },
              { key: 'password', label: '初始密码', children: added.initialPasswordRule },
            ]}
          />
          <Flex justify="center" gap={8} wrap>
            <Button onClick={onAnother}>继续添加</Button>
            <Button type="primary" onClick={onClose}>
              完成
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
