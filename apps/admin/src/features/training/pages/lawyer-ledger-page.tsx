import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton } from 'antd';
import type { TrainingEntry } from '@lx/shared/training-schemas';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useListParams } from '@/lib/use-list-params';
import { useLawyerTrainingEntries } from '../api/get-lawyer-entries';
import { useLawyerTrainingSummary } from '../api/get-lawyer-summary';
import { LawyerSearch } from '../components/lawyer-search';
import { LedgerTable } from '../components/ledger-table';
import { ManualEntryModal } from '../components/manual-entry-modal';
import { reportYearOf, yearParam } from '../components/report-year';
import { ReportYearSelect } from '../components/report-year-select';
import { ReverseEntryModal } from '../components/reverse-entry-modal';
import { TrainingSummaryCard } from '../components/training-summary-card';

const FILTER_KEYS = ['q', 'year'] as const;

/** One lawyer's year: the summary against the requirement, and the ledger with 人工录入 and 冲销. */
function LawyerLedger({ lawyerId }: { lawyerId: string }) {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const year = reportYearOf(filters.year);
  const summary = useLawyerTrainingSummary(lawyerId, year);
  const entries = useLawyerTrainingEntries(lawyerId, { year, page, pageSize });
  const [adding, setAdding] = useState(false);
  const [reversing, setReversing] = useState<TrainingEntry | null>(null);
  const lawyerName = summary.data?.lawyer.name;

  const yearSelect = (
    <ReportYearSelect
      value={year}
      onChange={(next) => setFilters({ ...filters, year: yearParam(next) })}
    />
  );

  return (
    <Flex vertical gap={16}>
      {summary.isError ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : summary.data ? (
        <TrainingSummaryCard summary={summary.data} yearPicker={yearSelect} />
      ) : (
        <Card>
          <Skeleton active />
        </Card>
      )}
      <Card
        title="学时明细"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            disabled={!lawyerName}
            onClick={() => setAdding(true)}
          >
            人工录入
          </Button>
        }
      >
        {entries.isError ? (
          <QueryError error={entries.error} onRetry={() => void entries.refetch()} />
        ) : (
          <LedgerTable
            data={entries.data}
            loading={entries.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
            onReverse={setReversing}
          />
        )}
      </Card>
      {adding && lawyerName ? (
        <ManualEntryModal
          lawyerId={lawyerId}
          lawyerName={lawyerName}
          onClose={() => setAdding(false)}
        />
      ) : null}
      {reversing ? (
        <ReverseEntryModal entry={reversing} onClose={() => setReversing(null)} />
      ) : null}
    </Flex>
  );
}

/**
 * 学时台账: find a lawyer by name, 执业证号 or 会员编号; with one picked (/training/lawyers/:id), their
 * year against the requirement and every line of the ledger, paged on the server.
 */
export function LawyerLedgerPage() {
  const { lawyerId } = useParams();
  const navigate = useNavigate();
  const { filters } = useListParams(FILTER_KEYS);
  // The results stay on the search page; opening a lawyer leaves them behind.
  const q = lawyerId ? '' : (filters.q ?? '');

  return (
    <>
      <PageHeader title="学时台账">
        查询律师的年度学时完成情况和学时明细；可人工录入学时，或冲销有误的记录（均需填写原因）。
      </PageHeader>
      <Flex vertical gap={16}>
        <Card>
          <LawyerSearch
            q={q}
            onSearch={(next) => void navigate(paths.trainingLawyers.getHref({ q: next }))}
          />
        </Card>
        {lawyerId ? <LawyerLedger key={lawyerId} lawyerId={lawyerId} /> : null}
      </Flex>
    </>
  );
}
