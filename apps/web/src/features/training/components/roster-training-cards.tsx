import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import type { TrainingSummary } from '@lx/shared/training-schemas';
import { paths } from '@/config/paths';
import { ComplianceTag } from './compliance-tag';
import { RosterProgress, rosterHoursText } from './roster-hours';

/** 本所律师学时 on a phone: a card each, by name. */
export function RosterTrainingCards({
  lawyers,
  year,
}: {
  lawyers: TrainingSummary[];
  year: number;
}) {
  return (
    <Flex vertical gap={12} role="list" aria-label="本所律师学时">
      {lawyers.map((summary) => (
        <div role="listitem" key={summary.lawyer.id}>
          <Card size="small">
            <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 4 }}>
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {summary.lawyer.name}
              </Typography.Text>
              <ComplianceTag summary={summary} />
            </Flex>
            <Flex vertical gap={2} style={{ fontSize: 13, marginBottom: 8 }}>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {`执业证号：${summary.lawyer.licenceNo ?? '—'}`}
              </Typography.Text>
              <Typography.Text type="secondary">
                {`${PRACTICE_CATEGORY_LABELS[summary.lawyer.category]} · 已完成 ${rosterHoursText(summary)}`}
              </Typography.Text>
              {summary.requirement ? <RosterProgress summary={summary} /> : null}
            </Flex>
            <Link
              to={paths.trainingLawyer.getHref(summary.lawyer.id, { year })}
              aria-label={`查看：${summary.lawyer.name}的培训记录`}
            >
              查看
            </Link>
          </Card>
        </div>
      ))}
    </Flex>
  );
}
