import { Descriptions, Typography } from 'antd';
import type { RenderedCertificate } from '@lx/shared/certificate-template';
import { formatDate } from '@lx/shared/dates';

export type CertificateIssue = { number: string; issuedAt: string; expiresAt: string };

/**
 * The certificate as a sheet of paper: its title centred, its paragraphs indented, and once issued
 * the number and dates under them, as the PDF prints them. Both the page of an application and the
 * template preview of a type draw it, from renderCertificateText.
 */
export function CertificatePaper({
  text,
  issue,
  label,
}: {
  text: RenderedCertificate;
  issue?: CertificateIssue | null;
  /** The sheet's accessible name. */
  label: string;
}) {
  return (
    <article
      aria-label={label}
      style={{
        background: '#fff',
        border: '1px solid #e8e8e8',
        boxShadow: '0 2px 8px rgba(0, 0, 0, 0.08)',
        padding: '40px 36px',
        minHeight: 360,
        fontFamily: '"Noto Serif SC", "Songti SC", SimSun, serif',
      }}
    >
      <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0, marginBottom: 28 }}>
        {text.title}
      </Typography.Title>
      {text.paragraphs.map((paragraph, i) => (
        <Typography.Paragraph
          key={i}
          style={{ textIndent: '2em', lineHeight: 2, fontSize: 15, wordBreak: 'break-word' }}
        >
          {paragraph}
        </Typography.Paragraph>
      ))}
      {issue ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: 32 }}
          items={[
            { key: 'number', label: '证明编号', children: issue.number },
            { key: 'issuedAt', label: '签发日期', children: formatDate(issue.issuedAt) },
            { key: 'expiresAt', label: '有效期至', children: formatDate(issue.expiresAt) },
          ]}
        />
      ) : null}
    </article>
  );
}
