import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a console page, with its main actions on the right. */
export function PageHeader({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {children}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
