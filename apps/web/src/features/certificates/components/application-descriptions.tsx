import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import {
  CERTIFICATE_REVIEW_MODE_LABELS,
  type CertificateApplication,
} from '@lx/shared/certificate-schemas';
import { PAPER_PICKUP_LABELS, PAPER_STATE_LABELS } from '@lx/shared/certificate-workflow';
import { formatDateTime } from '@lx/shared/dates';
import { lawyerLabel } from './application-draft';
import { valueOrDash } from './certificate-labels';
import { CertificateStateTag } from '@lx/ui/state-tags';
import { recipientText } from './paper-copies-text';

type Item = { key: string; label: string; children: ReactNode };

/** 纸质证明: not requested, or how many, how they are collected and how far they have got. */
function paperItems(paper: CertificateApplication['paper']): Item[] {
  if (!paper) return [{ key: 'paper', label: '纸质证明', children: '不需要' }];
  const items: (Item | null)[] = [
    { key: 'paper', label: '纸质证明', children: `需要 ${paper.quantity} 份` },
    { key: 'pickup', label: '领取方式', children: PAPER_PICKUP_LABELS[paper.pickup] },
    paper.pickup === 'MAIL'
      ? { key: 'recipient', label: '收件信息', children: valueOrDash(recipientText(paper)) }
      : null,
    {
      key: 'paperState',
      label: '纸质证明状态',
      children: paper.state ? PAPER_STATE_LABELS[paper.state] : '待处理',
    },
    paper.trackingNo ? { key: 'trackingNo', label: '快递单号', children: paper.trackingNo } : null,
  ];
  return items.filter((item) => item !== null);
}

/** The application's data: what was applied for, by whom, how it was reviewed, with what input. */
export function ApplicationDescriptions({ application }: { application: CertificateApplication }) {
  const items: (Item | null)[] = [
    { key: 'number', label: '申请编号', children: application.number },
    { key: 'type', label: '证明类型', children: application.typeName },
    { key: 'applicant', label: '申请人', children: application.applicantName },
    { key: 'createdAt', label: '申请时间', children: formatDateTime(application.createdAt) },
    {
      key: 'state',
      label: '状态',
      children: <CertificateStateTag state={application.state} />,
    },
    {
      key: 'reviewMode',
      label: '审核方式',
      children: CERTIFICATE_REVIEW_MODE_LABELS[application.reviewMode],
    },
    application.reviewedAt
      ? { key: 'reviewedAt', label: '审核时间', children: formatDateTime(application.reviewedAt) }
      : null,
    application.rejectReason
      ? { key: 'rejectReason', label: '驳回原因', children: application.rejectReason }
      : null,
    { key: 'contactEmail', label: '联系邮箱', children: application.contactEmail },
    ...application.fields.map((field) => ({
      key: `values.${field.name}`,
      label: field.label,
      children: valueOrDash(application.values[field.name]),
    })),
    application.lawyers.length > 0
      ? {
          key: 'lawyers',
          label: '律师',
          children: application.lawyers.map(lawyerLabel).join('、'),
        }
      : null,
    ...paperItems(application.paper),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{
        label: { whiteSpace: 'nowrap', width: 112 },
        content: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
      }}
      items={items.filter((item) => item !== null)}
    />
  );
}
