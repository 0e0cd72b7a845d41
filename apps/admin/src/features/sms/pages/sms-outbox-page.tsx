import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useSmsMessages } from '../api/get-sms-messages';
import { SmsFilters } from '../components/sms-filters';
import { SmsTable } from '../components/sms-table';

const FILTER_KEYS = ['mobile'] as const;

/** 短信发件箱: every SMS the platform sent or is still trying to send. */
export function SmsOutboxPage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const messages = useSmsMessages({ page, pageSize, mobile: filters.mobile });

  return (
    <>
      <PageHeader
        title="短信发件箱"
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void messages.refetch()}
            loading={messages.isFetching}
          >
            刷新
          </Button>
        }
      >
        平台发出的全部短信；发送失败的短信会自动重试。会员反映收不到验证码时，可在此按手机号查询。
      </PageHeader>
      <Card>
        <div style={{ marginBottom: 16 }}>
          <SmsFilters mobile={filters.mobile} onChange={setFilters} />
        </div>
        {messages.isError ? (
          <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
        ) : (
          <SmsTable
            data={messages.data}
            loading={messages.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
          />
        )}
      </Card>
    </>
  );
}
