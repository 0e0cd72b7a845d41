import type { CertificateApplicantKind } from '@lx/shared/certificate-schemas';

/** An organisation holds a 执业许可证, a lawyer a 执业证. */
export function licenceLabel(kind: CertificateApplicantKind): string {
  return kind === 'LAWYER' ? '执业证号' : '执业许可证号';
}

/** A value the register does not hold is shown as a dash. */
export function valueOrDash(value: string | null | undefined): string {
  return value || '—';
}
