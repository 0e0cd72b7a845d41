import { Alert, Button, Skeleton } from 'antd';
import { errorMessage } from '@lx/ui/error-message';
import { useTrainingSummary, type TrainingTarget } from '../api/get-training-summary';
import { TrainingEntries } from './training-entries';
import { TrainingSummaryView } from './training-summary-view';

type LawyerTrainingYearProps = {
  target: TrainingTarget;
  page: number;
  onPageChange: (page: number) => void;
};

/** One lawyer's year: the summary against the requirement, then the ledger. */
export function LawyerTrainingYear({ target, page, onPageChange }: LawyerTrainingYearProps) {
  const summary = useTrainingSummary(target);
  return (
    <>
      {summary.isPending ? <Skeleton active paragraph={{ rows: 5 }} /> : null}
      {summary.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(summary.error)}
          action={<Button onClick={() => void summary.refetch()}>重试</Button>}
        />
      ) : null}
      {summary.data ? <TrainingSummaryView summary={summary.data} /> : null}
      <TrainingEntries target={target} page={page} onPageChange={onPageChange} />
    </>
  );
}
