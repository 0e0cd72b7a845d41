import { Button, Form, Input, Typography } from 'antd';
import { PASSWORD_MIN_LENGTH } from '@lx/shared/password-policy';
import { useState } from 'react';

const LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

function pick(alphabet: string, n: number): string {
  const bytes = crypto.getRandomValues(new Uint32Array(n));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A random password the policy accepts (letters and digits, no look-alike characters). */
export function generateInitialPassword(): string {
  return `${pick(LETTERS, 6)}${pick(DIGITS, 4)}`;
}

/** 初始密码, with a generator; the password is shown so it can be handed to the person. */
export function InitialPasswordField() {
  const form = Form.useFormInstance();
  const [visible, setVisible] = useState(false);
  return (
    <Form.Item
      label="初始密码"
      name="initialPassword"
      required
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          至少 {PASSWORD_MIN_LENGTH} 位，不能全为数字；本人首次登录时须修改。
          <Button
            type="link"
            size="small"
            onClick={() => {
              form.setFieldValue('initialPassword', generateInitialPassword());
              void form.validateFields(['initialPassword']).catch(() => undefined);
              setVisible(true);
            }}
          >
            随机生成
          </Button>
        </Typography.Text>
      }
    >
      <Input.Password
        autoComplete="new-password"
        visibilityToggle={{ visible, onVisibleChange: setVisible }}
      />
    </Form.Item>
  );
}
