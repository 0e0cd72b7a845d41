import type { CSSProperties } from 'react';
import type { BuiltInPlaceholder, RenderedCertificate } from '@lx/shared/certificate-template';

/** A value assigned on issue, shown as the template names it until then. */
const placeholder = (name: BuiltInPlaceholder) => `【${name}】`;

/** The number and dates as the issued PDF prints them (dates as 2026年11月23日). */
export type CertificateIssue = { number: string; issuedOn: string; expiresOn: string };

type CertificatePaperProps = {
  /** The text from renderCertificateText (the wizard) or the application's `preview` (the API). */
  text: RenderedCertificate;
  /** Who signs at the bottom right; unknown shows as 【协会名称】. */
  associationName: string | undefined;
  /** Once issued; before that the number and dates stay placeholders. */
  issue?: CertificateIssue | null;
  /** The accessible name of the sheet, e.g. "证明预览". */
  label: string;
  /** Smaller type, for the template preview beside the list of types. */
  compact?: boolean;
};

const sheet: CSSProperties = {
  background: '#fff',
  border: '1px solid #e8e8e8',
  borderRadius: 2,
  boxShadow: '0 2px 12px rgba(0, 0, 0, 0.08)',
  padding: 'clamp(16px, 5vw, 48px)',
  color: '#262626',
  fontFamily: "'Songti SC', 'SimSun', 'Noto Serif SC', serif",
  overflowWrap: 'anywhere',
  maxWidth: 720,
  margin: '0 auto',
};

/**
 * The certificate as a sheet of paper, laid out as the issued PDF: the title centred, the number
 * under it on the right, the paragraphs, the association and the date at the bottom right, and
 * the validity. The text is exactly what renderCertificateText makes of the template.
 */
export function CertificatePaper({
  text,
  associationName,
  issue,
  label,
  compact = false,
}: CertificatePaperProps) {
  const fontSize = compact ? 14 : 15;
  return (
    <article aria-label={label} style={{ ...sheet, fontSize }}>
      <div
        style={{
          textAlign: 'center',
          fontSize: compact ? 20 : 24,
          fontWeight: 700,
          letterSpacing: 2,
          margin: compact ? '4px 0 4px' : '12px 0 6px',
        }}
      >
        {text.title}
      </div>
      <div style={{ textAlign: 'right', fontSize: 12, marginBottom: compact ? 12 : 20 }}>
        编号：{issue?.number ?? placeholder('证明编号')}
      </div>
      {text.paragraphs.map((paragraph, index) => (
        <p key={index} style={{ margin: '0 0 8px', textIndent: '2em', lineHeight: 2 }}>
          {paragraph}
        </p>
      ))}
      <div style={{ textAlign: 'right', marginTop: compact ? 20 : 36, lineHeight: 2 }}>
        <div>{associationName || placeholder('协会名称')}</div>
        <div>{issue?.issuedOn ?? placeholder('日期')}</div>
      </div>
      <div style={{ fontSize: 12, marginTop: compact ? 12 : 24 }}>
        有效期至：{issue?.expiresOn ?? placeholder('有效期至')}
      </div>
    </article>
  );
}
