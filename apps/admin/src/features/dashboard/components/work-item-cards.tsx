import { Button, Card, Col, Empty, Flex, Row, Statistic, Tag, Typography } from 'antd';
import type { WorkItem } from '@lx/shared/home-schemas';
import { Link } from 'react-router';
import { classifyLink } from '@/config/paths';

const LEVELS: Record<WorkItem['level'], { label: string; color: string }> = {
  todo: { label: '待处理', color: 'red' },
  info: { label: '提示', color: 'blue' },
  done: { label: '已完成', color: 'green' },
};

function WorkItemLink({ link, level }: { link: string; level: WorkItem['level'] }) {
  const target = classifyLink(link);
  const text = level === 'todo' ? '前往处理' : '查看';
  if (!target) return null;
  if (target.kind === 'external') {
    return (
      <Button
        type="link"
        href={target.href}
        target="_blank"
        rel="noreferrer"
        style={{ padding: 0 }}
      >
        {text}
      </Button>
    );
  }
  return (
    <Link to={target.to}>
      <Button type="link" style={{ padding: 0 }}>
        {text}
      </Button>
    </Link>
  );
}

/** 待办事项: one card per work item, with its count and a link to where it is done. */
export function WorkItemCards({ items }: { items: WorkItem[] }) {
  if (items.length === 0) return <Empty description="暂无待办事项" />;
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={24} sm={12} xl={8}>
          <Card size="small" style={{ height: '100%' }}>
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Typography.Text strong>{item.title}</Typography.Text>
              <Tag color={LEVELS[item.level].color}>{LEVELS[item.level].label}</Tag>
            </Flex>
            {item.count !== undefined ? (
              <Statistic value={item.count} suffix="项" style={{ margin: '8px 0' }} />
            ) : null}
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {item.description}
            </Typography.Paragraph>
            <WorkItemLink link={item.link} level={item.level} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
