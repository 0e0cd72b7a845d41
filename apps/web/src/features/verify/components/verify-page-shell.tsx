import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type VerifyPageShellProps = { title: string; children: ReactNode; footer?: ReactNode };

/** The public page's frame: the association's colours and name over one card, without login. */
export function VerifyPageShell({ title, children, footer }: VerifyPageShellProps) {
  return (
    <Flex
      vertical
      align="center"
      style={{
        minHeight: '100vh',
        padding: '40px 12px 32px',
        background: 'linear-gradient(180deg, #9f1d20 0, #9f1d20 200px, #f5f5f5 200px)',
      }}
    >
      <Flex align="center" gap={8} style={{ margin: '0 0 24px' }}>
        <img
          src="/favicon.svg"
          alt=""
          width={32}
          height={32}
          style={{ background: '#fff', borderRadius: 6, padding: 2 }}
        />
        <Typography.Text strong style={{ color: '#fff', fontSize: 22 }}>
          律协会员服务平台
        </Typography.Text>
      </Flex>
      <Card
        style={{ width: '100%', maxWidth: 640 }}
        title={<h1 style={{ fontSize: 18, margin: 0 }}>{title}</h1>}
      >
        {children}
      </Card>
      {footer ? (
        <div style={{ marginTop: 24, maxWidth: 640, width: '100%', textAlign: 'center' }}>
          {footer}
        </div>
      ) : null}
    </Flex>
  );
}
