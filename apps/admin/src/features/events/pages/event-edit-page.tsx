import { App, Button, Result } from 'antd';
import type { EventInput, StaffEvent } from '@lx/shared/event-schemas';
import { EVENT_WORKFLOW } from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import { EventStateTag } from '@lx/ui/state-tags';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useEvent } from '../api/get-event';
import { useUpdateEvent } from '../api/update-event';
import { EventForm } from '../components/event-form';

/**
 * The form over the event as first loaded: a refetch does not touch what is being typed, and the
 * save carries the version loaded. After a 409, 重新载入 opens a fresh form on the saved version.
 */
function EventEditor({ loaded }: { loaded: StaffEvent }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const update = useUpdateEvent();
  const detail = useEvent(loaded.id);
  const [shown, setShown] = useState(loaded);

  const save = async (input: EventInput) => {
    await update.mutateAsync({ id: shown.id, version: shown.version, event: input });
    void message.success('活动已保存');
    await navigate(paths.event.getHref(shown.id));
  };

  const reload = async () => {
    const fresh = await detail.refetch();
    if (fresh.data) setShown(fresh.data);
    else void message.error('载入失败，请稍后重试');
  };

  if (!canApply(EVENT_WORKFLOW, 'edit', shown.state)) {
    return (
      <>
        <PageHeader
          title={`编辑活动：${shown.title}`}
          tags={<EventStateTag state={shown.state} />}
        />
        <Result
          status="info"
          title={`该活动${EVENT_WORKFLOW.labels[shown.state]}，不能编辑`}
          extra={
            <Button type="primary" onClick={() => void navigate(paths.event.getHref(shown.id))}>
              返回活动详情
            </Button>
          }
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title={`编辑活动：${shown.title}`} tags={<EventStateTag state={shown.state} />} />
      <EventForm
        key={`${shown.id}:${shown.version}`}
        event={shown}
        pending={update.isPending}
        onSave={save}
        onReload={() => void reload()}
        reloading={detail.isFetching}
        cancelHref={paths.event.getHref(shown.id)}
      />
    </>
  );
}

/** 编辑活动: waits for the event, then keeps the form mounted through refetches. */
export function EventEditPage() {
  const { id = '' } = useParams();
  const detail = useEvent(id);
  const back = <BackToQueue list={paths.event.getHref(id)} label="返回活动详情" />;

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        {back}
        <PageHeader title="编辑活动" />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <EventEditor key={id} loaded={detail.data} />
    </>
  );
}
