import { Typography } from 'antd';
import { renderCertificateText } from '@lx/shared/certificate-template';
import { CertificatePaper } from './certificate-paper';

/**
 * 预览: the title and body as a certificate, with every placeholder shown as 【名称】, exactly as
 * the applicant sees the template before filling it in.
 */
export function CertificateTemplatePreview({ title, body }: { title: string; body: string }) {
  if (!title.trim() && !body.trim()) {
    return (
      <Typography.Text type="secondary">填写证明标题和正文后，在此预览证明的样式。</Typography.Text>
    );
  }
  return <CertificatePaper text={renderCertificateText({ title, body }, {})} label="证明预览" />;
}
