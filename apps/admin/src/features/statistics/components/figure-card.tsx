import { Card, Col, Row, Typography } from 'antd';
import { useId, type ReactNode } from 'react';

/**
 * One figure of the page: a heading, the chart and the table of its numbers (beside the chart on
 * a wide screen, below it on a phone). A section named by its heading, so each can be found.
 */
export function FigureCard({
  title,
  note,
  chart,
  table,
}: {
  title: string;
  /** What the figure counts, in a short line under the heading. */
  note?: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Card
        title={
          <Typography.Title id={headingId} level={2} style={{ fontSize: 16, margin: 0 }}>
            {title}
          </Typography.Title>
        }
        style={{ height: '100%' }}
      >
        {note ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {note}
          </Typography.Paragraph>
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14} style={{ minWidth: 0 }}>
            {chart}
          </Col>
          <Col xs={24} lg={10} style={{ minWidth: 0 }}>
            {table}
          </Col>
        </Row>
      </Card>
    </section>
  );
}
