import { PagedListPage, usePageParam } from '@/components/paged-list-page';
import { paths } from '@/config/paths';
import { useCertificates } from '../api/get-certificates';
import { CertificateCards } from '../components/certificate-cards';
import { CertificateTable } from '../components/certificate-table';

const PAGE_SIZE = 10;

/** 我的证明: every application of this account, where it stands, and the way to apply. */
export function CertificatesPage() {
  const { page, setPage } = usePageParam();
  const certificates = useCertificates({ page, pageSize: PAGE_SIZE });
  return (
    <PagedListPage
      title="我的证明"
      action={{ label: '我要申请', to: paths.certificateApply.getHref() }}
      emptyText="暂无证明申请"
      query={certificates}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={setPage}
      cards={(items) => <CertificateCards applications={items} />}
      table={(items, options) => <CertificateTable applications={items} {...options} />}
    />
  );
}
