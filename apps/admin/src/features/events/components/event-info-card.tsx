import { Card, Descriptions, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { scopeLabel, type StaffEvent } from '@lx/shared/event-schemas';
import { TRAINING_KIND_LABELS } from '@lx/shared/training-kinds';
import type { ReactNode } from 'react';
import { placesText, timeRangeText } from './event-format';

function Multiline({ text }: { text: string | null }) {
  if (!text) return <>—</>;
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}

function trainingText(event: StaffEvent): string {
  if (event.trainingHours <= 0) return '不记学时';
  const kind = event.trainingKind ? ` · ${TRAINING_KIND_LABELS[event.trainingKind]}` : '';
  return `${event.trainingHours} 学时${kind}`;
}

/** The event as published: times, places, who may register, the texts members read, hours. */
export function EventInfoCard({ event }: { event: StaffEvent }) {
  const items: { key: string; label: string; children: ReactNode; span?: 'filled' }[] = [
    { key: 'organiser', label: '主办方', children: event.organiser },
    { key: 'location', label: '活动地点', children: event.location },
    { key: 'time', label: '活动时间', children: timeRangeText(event.startsAt, event.endsAt) },
    {
      key: 'registration',
      label: '报名时间',
      children: `${timeRangeText(event.registrationOpensAt, event.registrationClosesAt)}（报满即止）`,
    },
    { key: 'places', label: '名额（已占用/限制）', children: placesText(event) },
    { key: 'perAccount', label: '每人限报', children: `${event.perAccountLimit} 人` },
    { key: 'scope', label: '报名范围', children: scopeLabel(event) || '—', span: 'filled' },
    {
      key: 'attachments',
      label: '报名需上传附件',
      children: event.attachmentsRequired ? '是' : '否',
    },
    {
      key: 'waitlist',
      label: '允许候补',
      children: event.waitlist ? `是，候补名额保留 ${event.offerHours} 小时` : '否',
    },
    { key: 'training', label: '学时', children: trainingText(event), span: 'filled' },
    {
      key: 'guests',
      label: '邀请嘉宾',
      children: <Multiline text={event.guests} />,
      span: 'filled',
    },
    {
      key: 'notice',
      label: '报名须知',
      children: <Multiline text={event.notice} />,
      span: 'filled',
    },
    {
      key: 'summary',
      label: '活动简介',
      children: <Multiline text={event.summary} />,
      span: 'filled',
    },
    {
      key: 'precautions',
      label: '注意事项',
      children: <Multiline text={event.precautions} />,
      span: 'filled',
    },
    { key: 'createdAt', label: '创建时间', children: formatDateTime(event.createdAt) },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(event.updatedAt) },
  ];
  return (
    <Card title="活动信息">
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </Card>
  );
}
