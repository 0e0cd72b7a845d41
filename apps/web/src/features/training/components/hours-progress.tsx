import { Flex, Progress, Typography } from 'antd';
import { hoursText, percentOf, progressLabel } from './training-texts';

type HoursProgressProps = {
  label: string;
  done: number;
  /** Absent: nothing to measure against (no minimum for the kind, no requirement for the year). */
  required: number | undefined;
  /** What is said instead of the requirement when there is none. */
  noRequirement: string;
};

/** One line of the year: hours done against what is required, with a labelled progress bar. */
export function HoursProgress({ label, done, required, noRequirement }: HoursProgressProps) {
  const measured = required !== undefined && required > 0;
  return (
    <div>
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Typography.Text strong>{label}</Typography.Text>
        {measured ? (
          <Typography.Text>{`${hoursText(done)} / ${hoursText(required)} 学时`}</Typography.Text>
        ) : (
          <Typography.Text>
            {`${hoursText(done)} 学时`}
            <Typography.Text type="secondary">{`（${noRequirement}）`}</Typography.Text>
          </Typography.Text>
        )}
      </Flex>
      {measured ? (
        <Progress
          percent={percentOf(done, required)}
          showInfo={false}
          status={done >= required ? 'success' : 'normal'}
          aria-label={progressLabel(label, done, required)}
        />
      ) : null}
    </div>
  );
}
