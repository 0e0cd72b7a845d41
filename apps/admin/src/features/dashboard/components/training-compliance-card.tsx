import { Card, Progress, Skeleton, Typography } from 'antd';
import { trainingYearOf } from '@lx/shared/training-rules';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useTrainingComplianceCounts } from '../api/get-training-compliance';

/** 培训达标: the share of lawyers who met this year's training requirement so far. */
export function TrainingComplianceCard() {
  const year = trainingYearOf(new Date());
  const report = useTrainingComplianceCounts(year);
  const counts = report.data?.counts;
  const percent = counts ? Math.round(counts.share * 1000) / 10 : 0;

  return (
    <Card
      title="培训达标"
      size="small"
      extra={<Link to={paths.trainingCompliance.getHref()}>查看达标报表</Link>}
      style={{ marginBottom: 16 }}
    >
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : counts ? (
        <>
          <Typography.Text>
            {year} 年度已达标 {percent}%
          </Typography.Text>
          <Progress
            percent={percent}
            showInfo={false}
            aria-label={`${year} 年度培训达标率`}
            aria-valuetext={`${percent}%`}
          />
          <Typography.Text type="secondary">
            律师 {counts.lawyers} 人，已达标 {counts.compliant} 人，未达标 {counts.behind} 人
          </Typography.Text>
        </>
      ) : (
        <Skeleton active paragraph={{ rows: 1 }} />
      )}
    </Card>
  );
}
