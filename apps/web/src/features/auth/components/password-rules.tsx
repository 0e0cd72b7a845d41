import { Alert } from 'antd';
import { PASSWORD_MIN_LENGTH } from '@lx/shared/password-policy';

/** The rules a new password must meet, shown next to every form that sets one. */
export function PasswordRules() {
  return (
    <Alert
      type="info"
      showIcon
      title="密码规则"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          <li>至少 {PASSWORD_MIN_LENGTH} 位</li>
          <li>不能全为数字</li>
          <li>不能与初始密码相同</li>
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
