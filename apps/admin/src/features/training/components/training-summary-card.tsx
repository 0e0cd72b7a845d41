import { Card, Descriptions, Flex, Progress, Tag, Typography } from 'antd';
import { PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import { TRAINING_KIND_LABELS, TRAINING_KINDS } from '@lx/shared/training-kinds';
import type { TrainingSummary } from '@lx/shared/training-schemas';
import type { ReactNode } from 'react';

/** Done against required, 0…100, for a progress bar. */
function percentOf(done: number, required: number): number {
  if (required <= 0) return 100;
  return Math.max(0, Math.min(100, Math.round((done / required) * 100)));
}

/**
 * One line of the year: what is counted, done / required, and a bar named as a screen reader
 * should announce it ("总学时 完成 12/40 学时", as the member pages name theirs). Without a
 * required number: the hours alone.
 */
function HoursLine({ label, done, required }: { label: string; done: number; required?: number }) {
  if (required === undefined) {
    return (
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text>{done} 学时</Typography.Text>
      </Flex>
    );
  }
  const met = done >= required;
  return (
    <div>
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text>
          {done} / {required} 学时
        </Typography.Text>
      </Flex>
      <Progress
        percent={percentOf(done, required)}
        status={met ? 'success' : 'active'}
        showInfo={false}
        aria-label={`${label} 完成 ${done}/${required} 学时`}
      />
    </div>
  );
}

function StatusTag({ summary }: { summary: TrainingSummary }) {
  if (!summary.requirement) return <Tag>未设定要求</Tag>;
  return summary.compliant ? <Tag color="success">已达标</Tag> : <Tag color="error">未达标</Tag>;
}

/**
 * One lawyer's year: who, 已达标/未达标, the sentence (本年度还需完成 12 学时…), and the totals per
 * kind against the requirement and its minimums.
 */
export function TrainingSummaryCard({
  summary,
  yearPicker,
}: {
  summary: TrainingSummary;
  /** Shown first in the card (not in its head, where a phone has no room beside the name). */
  yearPicker?: ReactNode;
}) {
  const { lawyer, requirement, totals } = summary;
  return (
    <Card
      title={
        <Flex align="center" gap={8} wrap>
          <span>{`${lawyer.name} · ${summary.year} 年度学时`}</span>
          <StatusTag summary={summary} />
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {yearPicker}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, xl: 3 }}
          items={[
            { key: 'licenceNo', label: '执业证号', children: lawyer.licenceNo ?? '—' },
            { key: 'memberNo', label: '会员编号', children: lawyer.memberNo },
            {
              key: 'category',
              label: '执业类别',
              children: PRACTICE_CATEGORY_LABELS[lawyer.category],
            },
            { key: 'organisation', label: '执业机构', children: lawyer.organisationName },
          ]}
        />
        <Typography.Text strong role="status">
          {summary.sentence}
        </Typography.Text>
        <Flex vertical gap={12} style={{ maxWidth: 640 }}>
          <HoursLine label="总学时" done={totals.total} required={requirement?.totalHours} />
          {TRAINING_KINDS.map((kind) => (
            <HoursLine
              key={kind}
              label={TRAINING_KIND_LABELS[kind]}
              done={totals[kind]}
              required={requirement?.minimums[kind]}
            />
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}
