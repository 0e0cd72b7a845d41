import { Card, Descriptions } from 'antd';
import type { CardApplicationDetail } from '@lx/shared/card-schemas';
import { CARD_APPLICATION_KIND_LABELS } from '@lx/shared/card-workflow';
import { formatDateTime } from '@lx/shared/dates';
import { CardApplicationStateTag } from '@lx/ui/state-tags';

/** 申请信息: what was applied for, where it stands, and the cards it issues or replaces. */
export function ApplicationInfoCard({ application: a }: { application: CardApplicationDetail }) {
  const items = [
    { key: 'kind', label: '申请类型', children: CARD_APPLICATION_KIND_LABELS[a.kind] },
    { key: 'reason', label: '换卡原因', children: a.reason ?? '—' },
    { key: 'createdAt', label: '申请时间', children: formatDateTime(a.createdAt) },
    { key: 'state', label: '状态', children: <CardApplicationStateTag state={a.state} /> },
    {
      key: 'rejectReason',
      label: '驳回原因',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{a.rejectReason ?? '—'}</span>,
    },
    { key: 'cardNumber', label: '新卡卡号', children: a.cardNumber ?? '—' },
    { key: 'replacesCardNumber', label: '替换卡号', children: a.replacesCardNumber ?? '—' },
  ];
  return (
    <Card title="申请信息" role="region" aria-label="申请信息">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
        items={items}
      />
    </Card>
  );
}
