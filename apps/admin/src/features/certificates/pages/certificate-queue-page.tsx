import { Card } from 'antd';
import type { CertificateQueueQuery } from '@lx/shared/certificate-schemas';
import { CERTIFICATE_STATE_LABELS, CERTIFICATE_STATES } from '@lx/shared/certificate-workflow';
import { PageHeader } from '@/components/page-header';
import { ALL_STATES, StateTabs, stateTabOf } from '@/components/state-tabs';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useCertificateQueue } from '../api/get-certificate-queue';
import { CertificateQueueFilters, PAPER_FILTERS } from '../components/certificate-queue-filters';
import { CertificateQueueTable } from '../components/certificate-queue-table';

const FILTER_KEYS = ['state', 'typeId', 'paper', 'q'] as const;

/** 证明审核: e-certificate applications by state with counts, filtered and paged on the server. */
export function CertificateQueuePage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const { state: stateParam, ...rest } = filters;
  const tab = stateTabOf(CERTIFICATE_STATES, stateParam);
  const query: CertificateQueueQuery = {
    page,
    pageSize,
    state: tab === ALL_STATES ? undefined : tab,
    typeId: rest.typeId,
    paper: PAPER_FILTERS.find((p) => p === rest.paper),
    q: rest.q,
  };
  const queue = useCertificateQueue(query);

  return (
    <>
      <PageHeader title="证明审核">
        律师事务所、律师办公室和律师申请的电子证明在此审核：人工审核的申请核对无误后审核通过即签发证明，有问题的驳回并写明原因；已签发的证明可下载或撤销，纸质证明在此登记领取或寄出。
      </PageHeader>
      <Card>
        <StateTabs
          states={CERTIFICATE_STATES}
          labels={CERTIFICATE_STATE_LABELS}
          counts={queue.data?.counts}
          active={tab}
          onChange={(state) => setFilters({ ...rest, state })}
        />
        <div style={{ marginBottom: 16 }}>
          <CertificateQueueFilters
            value={rest}
            onChange={(f) => setFilters({ ...f, state: stateParam })}
          />
        </div>
        {queue.isError ? (
          <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <CertificateQueueTable
            data={queue.data}
            loading={queue.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
          />
        )}
      </Card>
    </>
  );
}
