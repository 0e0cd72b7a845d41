import { App, Button, Result } from 'antd';
import type { DocumentInput, StaffDocument } from '@lx/shared/document-schemas';
import { DOCUMENT_WORKFLOW } from '@lx/shared/document-workflow';
import { canApply } from '@lx/shared/workflow';
import { DocumentStateTag } from '@lx/ui/state-tags';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useDocument } from '../api/get-document';
import { useUpdateDocument } from '../api/save-document';
import { DocumentForm } from '../components/document-form';

/**
 * The form over the draft as first loaded: a refetch does not touch what is being typed, and the
 * save carries the version loaded. After a 409, 重新载入 opens a fresh form on the saved version.
 */
function DocumentEditor({ loaded }: { loaded: StaffDocument }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const update = useUpdateDocument();
  const detail = useDocument(loaded.id);
  const [shown, setShown] = useState(loaded);

  const save = async (input: DocumentInput) => {
    await update.mutateAsync({ id: shown.id, version: shown.version, document: input });
    void message.success('公文草稿已保存');
    await navigate(paths.document.getHref(shown.id));
  };

  const reload = async () => {
    const fresh = await detail.refetch();
    if (fresh.data) setShown(fresh.data);
    else void message.error('载入失败，请稍后重试');
  };

  if (!canApply(DOCUMENT_WORKFLOW, 'edit', shown.state)) {
    return (
      <Result
        status="info"
        title={`该公文${DOCUMENT_WORKFLOW.labels[shown.state]}，不能编辑`}
        extra={
          <Button type="primary" onClick={() => void navigate(paths.document.getHref(shown.id))}>
            返回公文详情
          </Button>
        }
      />
    );
  }

  return (
    <>
      <PageHeader
        title={`编辑公文：${shown.title}`}
        tags={<DocumentStateTag state={shown.state} />}
      />
      <DocumentForm
        key={`${shown.id}:${shown.version}`}
        document={shown}
        pending={update.isPending}
        onSave={save}
        onReload={() => void reload()}
        reloading={detail.isFetching}
        cancelHref={paths.document.getHref(shown.id)}
      />
    </>
  );
}

/** 编辑 (a draft): waits for the document, then keeps the form mounted through refetches. */
export function DocumentEditPage() {
  const { id = '' } = useParams();
  const detail = useDocument(id);
  const back = <BackToQueue list={paths.document.getHref(id)} label="返回公文详情" />;

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        {back}
        <PageHeader title="编辑公文" />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <DocumentEditor key={id} loaded={detail.data} />
    </>
  );
}
