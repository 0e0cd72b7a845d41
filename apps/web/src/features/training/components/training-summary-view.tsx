import { Flex, Typography } from 'antd';
import { useId } from 'react';
import { TRAINING_KINDS, TRAINING_KIND_LABELS } from '@lx/shared/training-kinds';
import type { TrainingSummary } from '@lx/shared/training-schemas';
import { ComplianceTag } from './compliance-tag';
import { HoursProgress } from './hours-progress';
import { lawyerLine, requirementText } from './training-texts';

/** A lawyer's year: the sentence, 已达标 or not, each kind and the total against the requirement. */
export function TrainingSummaryView({ summary }: { summary: TrainingSummary }) {
  const headingId = useId();
  const { requirement, totals } = summary;
  return (
    <section aria-labelledby={headingId}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <h2 id={headingId} style={{ fontSize: 16, margin: 0 }}>
          {`${summary.year} 年度学时汇总`}
        </h2>
        <ComplianceTag summary={summary} />
      </Flex>
      <Typography.Paragraph strong style={{ fontSize: 15, marginBottom: 4 }}>
        {summary.sentence}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ overflowWrap: 'anywhere' }}>
        {requirement
          ? `${lawyerLine(summary)}。${requirementText(summary)}。`
          : `${lawyerLine(summary)}。`}
      </Typography.Paragraph>
      <Flex vertical gap={12} style={{ maxWidth: 560 }}>
        {TRAINING_KINDS.map((kind) => (
          <HoursProgress
            key={kind}
            label={TRAINING_KIND_LABELS[kind]}
            done={totals[kind]}
            required={requirement?.minimums[kind]}
            noRequirement="无单项要求"
          />
        ))}
        <HoursProgress
          label="合计"
          done={totals.total}
          required={requirement?.totalHours}
          noRequirement="未设定年度要求"
        />
      </Flex>
    </section>
  );
}
