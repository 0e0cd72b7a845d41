import { App } from 'antd';
import type { EventInput } from '@lx/shared/event-schemas';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useCreateEvent } from '../api/create-event';
import { EventForm } from '../components/event-form';

/** 新建活动: saved as a draft (草稿), then opened; members see it once it is published. */
export function EventCreatePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateEvent();

  const save = async (input: EventInput) => {
    const event = await create.mutateAsync(input);
    void message.success('活动已保存为草稿，发布后会员可见');
    await navigate(paths.event.getHref(event.id), { replace: true });
  };

  return (
    <>
      <BackToQueue list={paths.events.path} label="返回活动列表" />
      <PageHeader title="新建活动">
        新建的活动为草稿，在活动详情页发布后，报名范围内的会员即可在报名时间内报名。
      </PageHeader>
      <EventForm
        event={null}
        pending={create.isPending}
        onSave={save}
        cancelHref={paths.events.getHref()}
      />
    </>
  );
}
