import { Tag } from 'antd';
import { CERTIFICATE_STATE_LABELS, type CertificateState } from '@lx/shared/certificate-workflow';

const CERTIFICATE_STATE_COLORS: Record<CertificateState, string> = {
  PENDING: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

export function CertificateStateTag({ state }: { state: CertificateState }) {
  return <Tag color={CERTIFICATE_STATE_COLORS[state]}>{CERTIFICATE_STATE_LABELS[state]}</Tag>;
}
