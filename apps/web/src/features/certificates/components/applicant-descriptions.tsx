import { Descriptions } from 'antd';
import type { ApplicantProfile } from '@lx/shared/certificate-schemas';
import { licenceLabel, valueOrDash } from './certificate-labels';

/** Step 1 信息确认: the applicant as the certificate will name them. */
export function ApplicantDescriptions({ applicant }: { applicant: ApplicantProfile }) {
  const lawyer = applicant.kind === 'LAWYER';
  const items = [
    { key: 'name', label: lawyer ? '姓名' : '名称', children: applicant.name },
    lawyer
      ? { key: 'organisation', label: '执业机构', children: applicant.organisationName }
      : null,
    {
      key: 'licence',
      label: licenceLabel(applicant.kind),
      children: valueOrDash(applicant.licenceNo),
    },
    { key: 'memberNo', label: '会员编号', children: valueOrDash(applicant.memberNo) },
    { key: 'address', label: '地址', children: valueOrDash(applicant.address) },
    { key: 'phone', label: '电话', children: valueOrDash(applicant.phone) },
    { key: 'email', label: '邮箱', children: valueOrDash(applicant.email) },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
      items={items.filter((item) => item !== null)}
    />
  );
}
