import { Card, DatePicker, Flex } from 'antd';
import { trainingYearQuerySchema } from '@lx/shared/training-schemas';
import { TRAINING_YEAR_MAX, TRAINING_YEAR_MIN, trainingYearOf } from '@lx/shared/training-rules';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useRequirements } from '../api/training-requirements';
import { RequirementsForm } from '../components/requirements-form';

/** The year the address asks for (?year=), or the current training year. */
function yearOf(value: string | null): number {
  const parsed = trainingYearQuerySchema.safeParse({ year: value ?? undefined });
  return parsed.success ? parsed.data.year : trainingYearOf(new Date());
}

/** 学时要求: per year and practice category, the hours a lawyer must do and the minimums per kind. */
export function TrainingRequirementsPage() {
  const [params, setParams] = useSearchParams();
  const year = yearOf(params.get('year'));
  const requirements = useRequirements(year);

  const yearPicker = (
    <Flex align="center" gap={8}>
      <label htmlFor="training-requirements-year">年度</label>
      <DatePicker
        id="training-requirements-year"
        picker="year"
        allowClear={false}
        value={dayjs(`${year}-01-01`)}
        disabledDate={(d) => d.year() < TRAINING_YEAR_MIN || d.year() > TRAINING_YEAR_MAX}
        onChange={(d) => {
          if (!d) return;
          setParams((prev) => {
            const next = new URLSearchParams(prev);
            next.set('year', String(d.year()));
            return next;
          });
        }}
      />
    </Flex>
  );

  return (
    <>
      <PageHeader title="学时要求" extra={yearPicker}>
        按执业类别设定律师每年应完成的培训学时，可分别规定现场培训、线下培训、网络课程的最低学时。
      </PageHeader>
      {requirements.isPending ? (
        <FullPageSpin />
      ) : requirements.isError ? (
        <QueryError error={requirements.error} onRetry={() => void requirements.refetch()} />
      ) : (
        <Card title={`${year} 年度学时要求`}>
          {/* A new year starts a fresh form with that year's list. */}
          <RequirementsForm key={year} year={year} list={requirements.data} />
        </Card>
      )}
    </>
  );
}
