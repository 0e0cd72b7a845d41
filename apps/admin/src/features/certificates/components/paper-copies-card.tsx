import { Card, Descriptions, Typography } from 'antd';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { PAPER_PICKUP_LABELS, PAPER_STATE_LABELS } from '@lx/shared/certificate-workflow';
import { PaperProgressForm } from './paper-progress-form';

type Paper = NonNullable<CertificateApplication['paper']>;

function paperItems(paper: Paper) {
  const mailed = paper.pickup === 'MAIL';
  return [
    { key: 'quantity', label: '数量', children: `${paper.quantity} 份` },
    { key: 'pickup', label: '领取方式', children: PAPER_PICKUP_LABELS[paper.pickup] },
    ...(mailed
      ? [
          { key: 'recipient', label: '收件人', children: paper.recipient ?? '—' },
          { key: 'phone', label: '收件人电话', children: paper.phone ?? '—' },
          { key: 'address', label: '收件地址', children: paper.address ?? '—' },
        ]
      : []),
    {
      key: 'state',
      label: '状态',
      children: paper.state ? PAPER_STATE_LABELS[paper.state] : '未处理',
    },
    ...(mailed
      ? [{ key: 'trackingNo', label: '快递单号', children: paper.trackingNo ?? '—' }]
      : []),
  ];
}

/**
 * 纸质证明: how many paper copies, collected or mailed to whom, and where they are; once the
 * certificate is issued (and not revoked) the officer records 待领取 / 已领取 or 已寄出 here.
 */
export function PaperCopiesCard({ application }: { application: CertificateApplication }) {
  const { paper, certificate } = application;
  const canRecord = application.state === 'APPROVED' && !certificate?.revokedAt;
  return (
    <Card title="纸质证明" role="region" aria-label="纸质证明">
      {paper ? (
        <>
          <Descriptions size="small" bordered column={1} items={paperItems(paper)} />
          {canRecord ? (
            <PaperProgressForm
              // A new form when the record changes, so it shows what was saved.
              key={`${paper.state}:${paper.trackingNo}`}
              applicationId={application.id}
              paper={paper}
            />
          ) : null}
        </>
      ) : (
        <Typography.Text type="secondary">未申请纸质证明</Typography.Text>
      )}
    </Card>
  );
}
