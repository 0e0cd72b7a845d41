import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Grid, Pagination, Skeleton } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { pageFromSearch } from '@/lib/page';
import { useCertificates } from '../api/get-certificates';
import { CertificateCards } from '../components/certificate-cards';
import { CertificateTable } from '../components/certificate-table';

const PAGE_SIZE = 10;

/** 我的证明: every application of this account, where it stands, and the way to apply. */
export function CertificatesPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = pageFromSearch(searchParams.get('page'));
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const phone = screens.md !== true;
  const certificates = useCertificates({ page, pageSize: PAGE_SIZE });
  const data = certificates.data;
  const setPage = (next: number) => setSearchParams(next > 1 ? { page: String(next) } : {});

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>我的证明</h1>}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => void navigate(paths.certificateApply.getHref())}
        >
          我要申请
        </Button>
      }
    >
      <title>我的证明 - 律协会员服务平台</title>
      {certificates.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(certificates.error)}
          action={<Button onClick={() => void certificates.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {phone ? (
        <>
          {certificates.isPending ? <Skeleton active /> : null}
          {data && data.items.length === 0 ? <Empty description="暂无证明申请" /> : null}
          {data && data.items.length > 0 ? (
            <>
              <CertificateCards applications={data.items} />
              <Flex justify="center" style={{ paddingTop: 16 }}>
                <Pagination
                  simple
                  current={data.page}
                  pageSize={data.pageSize}
                  total={data.total}
                  onChange={setPage}
                />
              </Flex>
            </>
          ) : null}
        </>
      ) : (
        <CertificateTable
          applications={data?.items ?? []}
          loading={certificates.isFetching}
          pagination={{
            current: data?.page ?? page,
            pageSize: data?.pageSize ?? PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 条`,
            onChange: setPage,
          }}
        />
      )}
    </Card>
  );
}
