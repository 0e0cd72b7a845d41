import { Card, Timeline, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { ProfileDetail } from '@lx/shared/profile-schemas';

type Decision = ProfileDetail['history'][number]['decision'];

export const DECISION_LABELS: Record<Decision, string> = {
  SUBMITTED: '提交审核',
  WITHDRAWN: '撤回',
  APPROVED: '审核通过',
  REJECTED: '驳回',
};

const DECISION_COLORS: Record<Decision, string> = {
  SUBMITTED: '#1677ff',
  WITHDRAWN: 'gray',
  APPROVED: 'green',
  REJECTED: 'red',
};

/** 审核记录: every submission, withdrawal and decision, newest first, with the opinion. */
export function ReviewHistoryCard({ history }: { history: ProfileDetail['history'] }) {
  const records = [...history].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card title="审核记录" role="region" aria-label="审核记录">
      {records.length === 0 ? (
        <Typography.Text type="secondary">暂无审核记录</Typography.Text>
      ) : (
        <Timeline
          items={records.map((r) => ({
            key: r.id,
            color: DECISION_COLORS[r.decision],
            content: (
              <>
                <Typography.Text strong>{DECISION_LABELS[r.decision]}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {r.actorName} · {formatDateTime(r.createdAt)}
                </Typography.Text>
                {r.opinion ? (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    审核意见：{r.opinion}
                  </Typography.Paragraph>
                ) : null}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
