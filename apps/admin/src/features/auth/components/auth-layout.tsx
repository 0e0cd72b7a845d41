import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The centred card of the pages outside the console: login and the forced password change. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: '24px 16px',
        background: 'linear-gradient(135deg, #3a1112 0%, #9f1d20 100%)',
      }}
    >
      <Typography.Title level={2} style={{ color: '#fff', marginBottom: 4, textAlign: 'center' }}>
        律协管理后台
      </Typography.Title>
      <Typography.Text
        style={{ color: 'rgba(255,255,255,0.85)', marginBottom: 24, textAlign: 'center' }}
      >
        律师协会会员服务平台 · 工作人员使用
      </Typography.Text>
      <Card
        // The page's one h1, as on the member pages (issue 19).
        title={<h1 style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>{title}</h1>}
        style={{ width: '100%', maxWidth: 400, boxShadow: '0 8px 24px rgba(0,0,0,0.12)' }}
      >
        {children}
      </Card>
    </Flex>
  );
}
