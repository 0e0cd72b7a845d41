import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a console page, with its main actions on the right. */
export function PageHeader({
  title,
  level = 1,
  tags,
  extra,
  children,
}: {
  title: string;
  /** The page's one h1 (styled as a 20 px title); 4 only for a header inside a page's part. */
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
