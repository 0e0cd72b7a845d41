import { Card, Descriptions } from 'antd';
import {
  CERTIFICATE_APPLICANT_KIND_LABELS,
  CERTIFICATE_REVIEW_MODE_LABELS,
  type CertificateApplication,
  type RosterLawyer,
} from '@lx/shared/certificate-schemas';
import { formatDateTime } from '@lx/shared/dates';

const PRE_WRAP = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

function LawyerList({ lawyers }: { lawyers: RosterLawyer[] }) {
  if (lawyers.length === 0) return '—';
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {lawyers.map((lawyer) => (
        <li key={lawyer.id}>
          {lawyer.licenceNo ? `${lawyer.name}（执业证号：${lawyer.licenceNo}）` : lawyer.name}
        </li>
      ))}
    </ol>
  );
}

/**
 * 申请信息: who applied (as confirmed in step 1), the contact e-mail, the values of the type's own
 * fields by their labels, the lawyers named, how it is reviewed and why it was rejected.
 */
export function ApplicationInfoCard({ application: a }: { application: CertificateApplication }) {
  const { applicant } = a;
  const isLawyer = applicant.kind === 'LAWYER';
  const items = [
    { key: 'typeName', label: '证明类型', children: a.typeName },
    { key: 'applicant', label: '申请人', children: applicant.name },
    {
      key: 'kind',
      label: '申请人类别',
      children: CERTIFICATE_APPLICANT_KIND_LABELS[applicant.kind],
    },
    ...(isLawyer
      ? [{ key: 'organisation', label: '执业机构', children: applicant.organisationName }]
      : []),
    {
      key: 'licenceNo',
      label: isLawyer ? '执业证号' : '执业许可证号',
      children: applicant.licenceNo ?? '—',
    },
    { key: 'memberNo', label: '会员编号', children: applicant.memberNo },
    { key: 'address', label: '机构地址', children: applicant.address ?? '—' },
    { key: 'phone', label: '联系电话', children: applicant.phone ?? '—' },
    { key: 'contactEmail', label: '联系邮箱', children: a.contactEmail },
    ...a.fields.map((field) => ({
      key: `field-${field.name}`,
      label: field.label,
      children: <span style={PRE_WRAP}>{a.values[field.name] || '—'}</span>,
    })),
    { key: 'lawyers', label: '律师名单', children: <LawyerList lawyers={a.lawyers} /> },
    {
      key: 'reviewMode',
      label: '审核方式',
      children: CERTIFICATE_REVIEW_MODE_LABELS[a.reviewMode],
    },
    { key: 'createdAt', label: '申请时间', children: formatDateTime(a.createdAt) },
    { key: 'reviewedAt', label: '审核时间', children: formatDateTime(a.reviewedAt) || '—' },
    {
      key: 'rejectReason',
      label: '驳回原因',
      children: <span style={PRE_WRAP}>{a.rejectReason ?? '—'}</span>,
    },
  ];
  return (
    <Card title="申请信息" role="region" aria-label="申请信息">
      <Descriptions size="small" bordered column={1} items={items} />
    </Card>
  );
}
