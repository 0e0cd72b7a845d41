import { Button, Result, Steps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { PublicPageShell } from '../components/public-page-shell';
import { RequestCodeForm } from '../components/request-code-form';
import { ResetPasswordForm } from '../components/reset-password-form';

type ResetState =
  | { step: 'request'; login?: string }
  | { step: 'confirm'; login: string; notice: string }
  | { step: 'done'; message: string };

const STEP_INDEX = { request: 0, confirm: 1, done: 2 } as const;

export function ForgotPasswordPage() {
  const [state, setState] = useState<ResetState>({ step: 'request' });
  const navigate = useNavigate();

  return (
    <PublicPageShell
      title="找回密码"
      footer={
        <div style={{ textAlign: 'center' }}>
          <Link to={paths.login.getHref()}>返回登录</Link>
        </div>
      }
    >
      <title>找回密码 - 律协会员服务平台</title>
      <Steps
        size="small"
        responsive={false}
        titlePlacement="vertical"
        current={STEP_INDEX[state.step]}
        items={[{ title: '验证账号' }, { title: '设置新密码' }, { title: '完成' }]}
        style={{ marginBottom: 24 }}
      />
      {state.step === 'request' ? (
        <RequestCodeForm
          initialLogin={state.login}
          onRequested={(login, notice) => setState({ step: 'confirm', login, notice })}
        />
      ) : null}
      {state.step === 'confirm' ? (
        <ResetPasswordForm
          login={state.login}
          notice={state.notice}
          onChangeAccount={() => setState({ step: 'request', login: state.login })}
          onReset={(message) => setState({ step: 'done', message })}
        />
      ) : null}
      {state.step === 'done' ? (
        <Result
          status="success"
          title="密码已重置"
          subTitle={state.message}
          extra={
            <Button type="primary" onClick={() => void navigate(paths.login.getHref())}>
              返回登录
            </Button>
          }
        />
      ) : null}
    </PublicPageShell>
  );
}
