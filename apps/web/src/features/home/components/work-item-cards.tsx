import { Badge, Button, Card, Col, Empty, Row, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { WorkItem } from '@lx/shared/home-schemas';
import { classifyLink } from '@/config/paths';

const LEVELS: Record<WorkItem['level'], { label: string; color: string; action: string }> = {
  todo: { label: '待办', color: 'volcano', action: '前往办理' },
  info: { label: '提示', color: 'blue', action: '查看' },
  done: { label: '已完成', color: 'green', action: '查看' },
};

function WorkItemAction({ item }: { item: WorkItem }) {
  const navigate = useNavigate();
  const link = classifyLink(item.link);
  const { action } = LEVELS[item.level];
  const type = item.level === 'todo' ? 'primary' : 'default';
  if (link?.kind === 'internal') {
    return (
      <Button
        type={type}
        aria-label={`${action}：${item.title}`}
        onClick={() => void navigate(link.to)}
      >
        {action}
      </Button>
    );
  }
  if (link?.kind === 'external') {
    return (
      <Button
        type={type}
        aria-label={`${action}：${item.title}`}
        href={link.href}
        target="_blank"
        rel="noopener noreferrer"
      >
        {action}
      </Button>
    );
  }
  return null;
}

export function WorkItemCards({ items }: { items: WorkItem[] }) {
  if (items.length === 0) return <Empty description="暂无待办事项" />;
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={24} sm={12} xl={8}>
          <Card
            size="small"
            style={{ height: '100%' }}
            styles={{ body: { display: 'flex', flexDirection: 'column', height: '100%' } }}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
              <Tag color={LEVELS[item.level].color}>{LEVELS[item.level].label}</Tag>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {item.title}
              </Typography.Text>
              {item.count !== undefined ? (
                <Badge count={item.count} showZero color="#9f1d20" />
              ) : null}
            </div>
            <Typography.Paragraph type="secondary" style={{ flex: 1, marginBottom: 12 }}>
              {item.description}
            </Typography.Paragraph>
            <div>
              <WorkItemAction item={item} />
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
