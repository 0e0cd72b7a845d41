import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  Pagination,
  Segmented,
  Skeleton,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { MemberDocumentSummary } from '@lx/shared/document-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { paths, type DocumentInboxParams } from '@/config/paths';
import { useDocuments } from '../api/get-documents';
import { DocumentCards } from '../components/document-cards';
import { DocumentTable } from '../components/document-table';
import { unreadText } from '../components/document-texts';
import {
  READ_FILTERS,
  SEARCH_MAX_LENGTH,
  inboxParamsFromSearch,
  inboxQuery,
  inboxState,
  readFilterOf,
  withReadFilter,
  withSearch,
  type ReadFilter,
} from '../components/inbox-params';

const PAGE_SIZE = 10;
const SEARCH_LABEL = '搜索标题、编号或主题词';

function emptyText(params: DocumentInboxParams): string {
  if (params.q) return '没有找到符合条件的公文';
  if (params.read === 'unread') return '没有未读公文';
  if (params.read === 'read') return '没有已读公文';
  return '暂无公文';
}

/** 我的公文: the documents circulated to this account, newest first, searched and filtered. */
export function DocumentsPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const params = inboxParamsFromSearch(searchParams);
  const documents = useDocuments(inboxQuery(params, PAGE_SIZE));
  const phone = Grid.useBreakpoint().md !== true;
  const data = documents.data;
  const empty = emptyText(params);

  // What is typed stays typed; the address changes it only when it changes (back, a new search).
  const [searchText, setSearchText] = useState(params.q ?? '');
  const [searchedFor, setSearchedFor] = useState(params.q ?? '');
  if ((params.q ?? '') !== searchedFor) {
    setSearchedFor(params.q ?? '');
    setSearchText(params.q ?? '');
  }

  const go = (next: DocumentInboxParams) => void navigate(paths.documents.getHref(next));
  const open = (document: MemberDocumentSummary) =>
    void navigate(paths.document.getHref(document.id), { state: inboxState(params) });
  const setPage = (page: number) => go({ ...params, page });

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>我的公文</h1>}
      extra={
        data ? (
          <Typography.Text
            strong={data.unread > 0}
            type={data.unread > 0 ? 'danger' : 'secondary'}
            aria-live="polite"
          >
            {unreadText(data.unread)}
          </Typography.Text>
        ) : null
      }
    >
      <title>我的公文 - 律协会员服务平台</title>
      <Typography.Paragraph type="secondary">此列表显示所有可查阅的收文信息</Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={SEARCH_LABEL}
          placeholder={SEARCH_LABEL}
          allowClear
          enterButton="搜索"
          maxLength={SEARCH_MAX_LENGTH}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(value) => go(withSearch(params, value))}
          style={{ flex: '1 1 260px', maxWidth: 420 }}
        />
        <Segmented<ReadFilter>
          options={READ_FILTERS}
          value={readFilterOf(params)}
          onChange={(value) => go(withReadFilter(params, value))}
          aria-label="按阅读状态筛选"
        />
      </Flex>
      {documents.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(documents.error)}
          action={<Button onClick={() => void documents.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {phone ? (
        <>
          {documents.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
          {data && data.items.length === 0 ? <Empty description={empty} /> : null}
          {data && data.items.length > 0 ? (
            <>
              <DocumentCards documents={data.items} onOpen={open} />
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
        <DocumentTable
          documents={data?.items ?? []}
          loading={documents.isFetching}
          emptyText={empty}
          onOpen={open}
          pagination={{
            current: data?.page ?? params.page ?? 1,
            pageSize: data?.pageSize ?? PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 份`,
            onChange: setPage,
          }}
        />
      )}
    </Card>
  );
}
