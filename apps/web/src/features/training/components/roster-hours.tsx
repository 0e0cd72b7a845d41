import { Progress, Typography } from 'antd';
import type { TrainingSummary } from '@lx/shared/training-schemas';
import { hoursText, percentOf, progressLabel } from './training-texts';

/** A lawyer's hours in all against the year's requirement: 32 / 40 学时 (or only 32 学时). */
export function rosterHoursText(summary: TrainingSummary): string {
  const done = hoursText(summary.totals.total);
  return summary.requirement
    ? `${done} / ${hoursText(summary.requirement.totalHours)} 学时`
    : `${done} 学时`;
}

/** The same as a progress bar, named for the lawyer; none without a requirement. */
export function RosterProgress({ summary, width }: { summary: TrainingSummary; width?: number }) {
  const { requirement, totals } = summary;
  if (!requirement || requirement.totalHours <= 0)
    return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Progress
      percent={percentOf(totals.total, requirement.totalHours)}
      status={summary.compliant ? 'success' : 'normal'}
      size="small"
      style={{ width, margin: 0 }}
      aria-label={progressLabel(
        `${summary.lawyer.name} 合计`,
        totals.total,
        requirement.totalHours,
      )}
    />
  );
}
