import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useMailMessages } from '../api/get-mail-messages';
import { MailTable } from '../components/mail-table';

const NO_FILTERS = [] as const;

/** 邮件发件箱: every e-mail the platform sent or is about to send (e.g. certificates by 发送邮箱). */
export function MailOutboxPage() {
  const { page, pageSize, setPage } = useListParams(NO_FILTERS);
  const messages = useMailMessages({ page, pageSize });

  return (
    <>
      <PageHeader
        title="邮件发件箱"
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
        平台发出的全部邮件，如会员通过“发送邮箱”发送的电子证明；未配置邮件服务器时，邮件保存为文件。
      </PageHeader>
      <Card>
        {messages.isError ? (
          <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
        ) : (
          <MailTable
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
