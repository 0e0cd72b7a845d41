import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a console page, with its main actions on the right. */
export function PageHeader({
  title,
  level = 4,
  tags,
  extra,
  children,
}: {
  title: string;
  /** 1: the page's one h1 (newer pages); 4 where the pages have not moved to it yet. */
  level?: 1 | 4;
  /** Shown right after the title, e.g. the state of the record the page is about. */
  tags?: ReactNode;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="center" wrap gap={8}>
          <Typography.Title level={level} style={{ margin: 0, fontSize: 20 }}>
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
