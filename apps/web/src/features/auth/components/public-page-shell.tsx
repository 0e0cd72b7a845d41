import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type PublicPageShellProps = { title: string; children: ReactNode; footer?: ReactNode };

/** The frame of the pages one sees before logging in: the platform's name and one card. */
export function PublicPageShell({ title, children, footer }: PublicPageShellProps) {
  return (
    <Flex
      vertical
      align="center"
      style={{
        minHeight: '100vh',
        padding: '48px 16px 32px',
        background: 'linear-gradient(180deg, #9f1d20 0, #9f1d20 220px, #f5f5f5 220px)',
      }}
    >
      <Typography.Title
        level={2}
        style={{ color: '#fff', margin: '0 0 24px', textAlign: 'center' }}
      >
        律协会员服务平台
      </Typography.Title>
      <Card
        style={{ width: '100%', maxWidth: 440 }}
        title={<h1 style={{ fontSize: 18, margin: 0 }}>{title}</h1>}
      >
        {children}
      </Card>
      {footer ? <div style={{ marginTop: 24, maxWidth: 440, width: '100%' }}>{footer}</div> : null}
    </Flex>
  );
}
