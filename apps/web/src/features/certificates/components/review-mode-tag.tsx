import { Tag } from 'antd';
import {
  CERTIFICATE_REVIEW_MODE_LABELS,
  type CertificateReviewMode,
} from '@lx/shared/certificate-schemas';

const REVIEW_MODE_COLORS: Record<CertificateReviewMode, string> = {
  AUTOMATIC: 'cyan',
  MANUAL: 'blue',
};

/** 自动审核 or 人工审核. */
export function ReviewModeTag({ mode }: { mode: CertificateReviewMode }) {
  return (
    <Tag color={REVIEW_MODE_COLORS[mode]} style={{ marginInlineEnd: 0 }}>
      {CERTIFICATE_REVIEW_MODE_LABELS[mode]}
    </Tag>
  );
}
