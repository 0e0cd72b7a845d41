import {
  ACCOUNT_ACTION_LABELS,
  accountActionInputSchema,
  type AccountAction,
  type MemberDetail,
} from '@lx/shared/member-schemas';
import { ReasonModal } from '@/components/reason-modal';
import { useAccountAction } from '../api/member-actions';

const EXPLAINED: Record<AccountAction, string> = {
  unlock: '解除登录失败造成的锁定，律师可立即重新登录。',
  disable: '停用后该账号无法登录，已登录的会话随即失效。',
  enable: '恢复该账号的登录。',
  'reset-password':
    '密码将重置为初始密码（身份证号后 6 位，字母小写），登录后须立即修改；已登录的会话随即失效，并以短信通知本人。',
};

/** 解锁, 停用, 启用 or 重置密码, each with its reason (kept in the audit log). */
export function AccountActionModal({
  member,
  action,
  onClose,
}: {
  member: MemberDetail;
  action: AccountAction;
  onClose: () => void;
}) {
  const run = useAccountAction(member.id, action);
  const label = ACCOUNT_ACTION_LABELS[action];
  return (
    <ReasonModal
      name={`member-account-${action}`}
      title={`${label}账号：${member.name}`}
      okText={`确认${label}`}
      danger={action === 'disable' || action === 'reset-password'}
      field={{
        label: '原因',
        name: 'reason',
        extra: EXPLAINED[action],
        placeholder: '请填写原因，记入审计日志',
        maxLength: 200,
      }}
      schema={accountActionInputSchema}
      pending={run.isPending}
      onSubmit={(values) => run.mutateAsync(values)}
      successMessage={
        action === 'reset-password' && member.account?.mobile
          ? '密码已重置，短信已发送'
          : `已${label}`
      }
      onClose={onClose}
    />
  );
}
