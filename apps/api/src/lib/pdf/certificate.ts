// 电子证明: the certificate text (from the type's template, filled), its number, the issuer's name
// and date under the seal, the validity, and a QR code that opens the public verification page.
import { renderDocument } from './layout.ts';
import type { PdfDocumentSpec } from './spec.ts';

export type CertificateDocument = {
  associationName: string;
  title: string;
  paragraphs: string[];
  number: string;
  /** 2026年11月23日 */
  issuedOn: string;
  expiresOn: string;
  verifyUrl: string;
  /** PNG of the QR code for verifyUrl. */
  qr: Uint8Array;
};

export const SEAL_LABEL = '电子证明专用章';
const QR_SIZE = 78;

export function certificateSpec(doc: CertificateDocument): PdfDocumentSpec {
  return {
    metadata: {
      title: `${doc.title}（${doc.number}）`,
      subject: doc.associationName,
      author: doc.associationName,
      keywords: [doc.number],
    },
    margins: { top: 72, right: 72, bottom: 60, left: 72 },
    blocks: [
      { kind: 'spacer', height: 24 },
      { kind: 'title', text: doc.title, size: 26 },
      { kind: 'spacer', height: 6 },
      { kind: 'paragraph', text: `编号：${doc.number}`, size: 10.5, align: 'right' },
      { kind: 'spacer', height: 18 },
      ...doc.paragraphs.map((text) => ({
        kind: 'paragraph' as const,
        text,
        size: 14,
        lineHeight: 2,
        indent: 2,
      })),
      { kind: 'spacer', height: 36 },
      {
        kind: 'signature',
        lines: [doc.associationName, doc.issuedOn],
        size: 14,
        seal: { text: doc.associationName, label: SEAL_LABEL, diameter: 118 },
      },
      { kind: 'spacer', height: 24 },
      { kind: 'paragraph', text: `有效期至：${doc.expiresOn}`, size: 10.5 },
      {
        kind: 'paragraph',
        text: `本证明为电子证明，可扫描左下角二维码或访问 ${doc.verifyUrl} 核验真伪。`,
        size: 9,
      },
    ],
    images: [
      {
        image: { format: 'png', bytes: doc.qr },
        page: 'last',
        x: 72,
        y: 841.89 - 60 - QR_SIZE - 14,
        width: QR_SIZE,
        height: QR_SIZE,
      },
    ],
    footer: { left: `证明编号：${doc.number}`, right: '第 {page} 页 / 共 {pages} 页' },
  };
}

export function renderCertificate(doc: CertificateDocument): Promise<Uint8Array> {
  return renderDocument(certificateSpec(doc));
}
