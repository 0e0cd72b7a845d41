import { Tag } from 'antd';
import type { TrainingSummary } from '@lx/shared/training-schemas';

/** 已达标 / 未达标; a year without a requirement for the lawyer's category has nothing to meet. */
export function ComplianceTag({
  summary,
}: {
  summary: Pick<TrainingSummary, 'requirement' | 'compliant'>;
}) {
  if (!summary.requirement) return <Tag style={{ marginInlineEnd: 0 }}>未设定要求</Tag>;
  return summary.compliant ? (
    <Tag color="success" style={{ marginInlineEnd: 0 }}>
      已达标
    </Tag>
  ) : (
    <Tag color="warning" style={{ marginInlineEnd: 0 }}>
      未达标
    </Tag>
  );
}
