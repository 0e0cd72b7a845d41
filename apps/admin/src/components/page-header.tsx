import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a console page, with its main actions on the right. */
export function PageHeader({
  title,
  tags,
  extra,
  children,
}: {
  title: string;
  /** Shown right after the title, e.g. the state of the record the page is about. */
  tags?: ReactNode;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="center" wrap gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
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
