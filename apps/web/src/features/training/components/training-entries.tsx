import { Alert, Button, Empty, Grid, Skeleton } from 'antd';
import { useId } from 'react';
import { errorMessage } from '@lx/ui/error-message';
import { ListPager } from '@/components/list-pager';
import { useTrainingEntries } from '../api/get-training-entries';
import type { TrainingTarget } from '../api/get-training-summary';
import { EntryCards } from './entry-cards';
import { EntryTable } from './entry-table';

const PAGE_SIZE = 10;

type TrainingEntriesProps = {
  target: TrainingTarget;
  page: number;
  onPageChange: (page: number) => void;
};

/** 学时明细: the year's ledger, paged on the server; a table, or cards on a phone. */
export function TrainingEntries({ target, page, onPageChange }: TrainingEntriesProps) {
  const headingId = useId();
  const entries = useTrainingEntries({ ...target, page, pageSize: PAGE_SIZE });
  const phone = Grid.useBreakpoint().md !== true;
  const data = entries.data;
  const empty = `${target.year} 年度暂无学时记录`;
  return (
    <section aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <h2 id={headingId} style={{ fontSize: 16, margin: '0 0 12px' }}>
        学时明细
      </h2>
      {entries.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(entries.error)}
          action={<Button onClick={() => void entries.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {phone ? (
        <>
          {entries.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
          {data && data.items.length === 0 ? <Empty description={empty} /> : null}
          {data && data.items.length > 0 ? <EntryCards entries={data.items} /> : null}
        </>
      ) : (
        <EntryTable entries={data?.items ?? []} loading={entries.isFetching} emptyText={empty} />
      )}
      <ListPager page={data} phone={phone} unit="条" onChange={onPageChange} />
    </section>
  );
}
