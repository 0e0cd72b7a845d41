import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A wizard step's heading and the manual's one-line instruction under it. */
export function StepHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 17, margin: '0 0 4px' }}>
        {title}
      </Typography.Title>
      {children ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {children}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
