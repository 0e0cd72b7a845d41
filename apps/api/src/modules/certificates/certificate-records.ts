import {
  CERTIFICATE_APPLICANT_KINDS,
  formatCertificateNo,
  type ApplicantProfile,
  type CertificateApplicantKind,
  type CertificateApplication,
  type CertificateField,
  type CertificateSummary,
  type CertificateType,
  type RosterLawyer,
} from '@lx/shared/certificate-schemas';
import {
  certificatePlaceholderValues as placeholderValues,
  renderCertificateText,
} from '@lx/shared/certificate-template';
import { CERTIFICATE_WORKFLOW } from '@lx/shared/certificate-workflow';
import { chineseDate } from '@lx/shared/dates';
import { canApply } from '@lx/shared/workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { DomainError, notFound } from '../../lib/domain-error.ts';

export type Tx = Prisma.TransactionClient;
export type Db = PrismaClient | Tx;
export const APPLICATION_INCLUDE = {
  type: { select: { name: true, reviewMode: true } },
  certificate: true,
} as const satisfies Prisma.CertificateApplicationInclude;
export type ApplicationRow = Prisma.CertificateApplicationGetPayload<{
  include: typeof APPLICATION_INCLUDE;
}>;
export type TypeRow = Prisma.CertificateTypeGetPayload<object>;

/** The template as it was when the application was made: later edits of the type do not change it. */
export type TemplateSnapshot = { title: string; body: string; fields: CertificateField[] };

/** 申请编号 as shown: SQ000012. */
export const formatApplicationNo = (n: number) => `SQ${String(n).padStart(6, '0')}`;
export const certificateNumberOf = (application: { number: number }, issuedAt: Date) =>
  formatCertificateNo(issuedAt.getFullYear(), application.number);

export function toType(row: TypeRow): CertificateType {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    title: row.title,
    body: row.body,
    fields: row.fields as CertificateField[],
    namesLawyers: row.namesLawyers,
    applicantKinds: row.applicantKinds.filter((k): k is CertificateApplicantKind =>
      (CERTIFICATE_APPLICANT_KINDS as readonly string[]).includes(k),
    ),
    validityDays: row.validityDays,
    reviewMode: row.reviewMode,
    active: row.active,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Who is applying: an organisation account, or a lawyer for types meant for lawyers. */
export async function applicantOf(db: Db, accountId: string) {
  const account = await db.account.findUniqueOrThrow({
    where: { id: accountId },
    include: { organisation: true, lawyer: { include: { organisation: true } } },
  });
  if (account.organisation) {
    const o = account.organisation;
    const profile: ApplicantProfile = {
      kind: o.kind,
      name: o.name,
      organisationName: o.name,
      licenceNo: o.licenceNo,
      memberNo: o.memberNo,
      address: o.address,
      phone: o.phone ?? account.mobile,
      email: account.email,
    };
    return { profile, organisationId: o.id, lawyerId: null };
  }
  if (account.lawyer) {
    const l = account.lawyer;
    const profile: ApplicantProfile = {
      kind: 'LAWYER',
      name: l.name,
      organisationName: l.organisation.name,
      licenceNo: l.licenceNo,
      memberNo: l.memberNo,
      address: l.organisation.address,
      phone: account.mobile,
      email: account.email,
    };
    return { profile, organisationId: l.organisationId, lawyerId: l.id };
  }
  throw new DomainError('FORBIDDEN', '只有律师事务所、律师办公室和律师可以申请电子证明');
}
export type Applicant = Awaited<ReturnType<typeof applicantOf>>;

/** The lawyers an applicant may name: a firm's current lawyers; a lawyer only themself. */
export async function rosterOf(db: Db, applicant: Applicant): Promise<RosterLawyer[]> {
  const lawyers = await db.lawyer.findMany({
    where: applicant.lawyerId
      ? { id: applicant.lawyerId }
      : { organisationId: applicant.organisationId, status: 'PRACTISING' },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return lawyers.map((l) => ({
    id: l.id,
    name: l.name,
    licenceNo: l.licenceNo,
    practiceCategory: l.practiceCategory,
  }));
}

export async function findOwnApplication(db: Db, accountId: string, id: string) {
  const row = await db.certificateApplication.findFirst({
    where: { id, accountId },
    include: APPLICATION_INCLUDE,
  });
  if (!row) throw notFound('证明申请');
  return row;
}

export async function findApplication(db: Db, id: string) {
  const row = await db.certificateApplication.findUnique({
    where: { id },
    include: APPLICATION_INCLUDE,
  });
  if (!row) throw notFound('证明申请');
  return row;
}

/** What a summary shows of an application: the queue reads just this. */
export type SummaryRow = Pick<
  ApplicationRow,
  | 'id'
  | 'number'
  | 'applicant'
  | 'state'
  | 'rejectReason'
  | 'createdAt'
  | 'reviewedAt'
  | 'paperState'
> & {
  type: Pick<ApplicationRow['type'], 'name' | 'reviewMode'>;
  certificate: Pick<NonNullable<ApplicationRow['certificate']>, 'number'> | null;
};

export function toSummary(row: SummaryRow): CertificateSummary {
  return {
    id: row.id,
    number: formatApplicationNo(row.number),
    typeName: row.type.name,
    applicantName: (row.applicant as ApplicantProfile).name,
    state: row.state,
    reviewMode: row.type.reviewMode,
    rejectReason: row.rejectReason,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    certificateNumber: row.certificate?.number ?? null,
    paperState: row.paperState,
  };
}

/** The certificate's text: from the stored PDF's data once issued, else as it will be issued. */
export function previewOf(row: ApplicationRow, associationName: string) {
  return renderCertificateText(
    row.template as TemplateSnapshot,
    placeholderValuesOf(row, associationName),
  );
}

export function toApplication(
  row: ApplicationRow,
  associationName: string,
): CertificateApplication {
  const template = row.template as TemplateSnapshot;
  const lawyers = row.lawyers as RosterLawyer[];
  const c = row.certificate;
  return {
    ...toSummary(row),
    associationName,
    version: row.version,
    typeId: row.typeId,
    applicant: row.applicant as ApplicantProfile,
    fields: template.fields,
    values: row.values as Record<string, string>,
    contactEmail: row.contactEmail,
    lawyers,
    paper:
      row.paperQuantity > 0 && row.paperPickup
        ? {
            quantity: row.paperQuantity,
            pickup: row.paperPickup,
            recipient: row.recipient,
            phone: row.recipientPhone,
            address: row.address,
            state: row.paperState,
            trackingNo: row.trackingNo,
          }
        : null,
    preview: previewOf(row, associationName),
    certificate: c
      ? {
          number: c.number,
          issuedAt: c.issuedAt.toISOString(),
          expiresAt: c.expiresAt.toISOString(),
          sha256: c.sha256,
          revokedAt: c.revokedAt?.toISOString() ?? null,
          revokeReason: c.revokeReason,
        }
      : null,
    canWithdraw: canApply(CERTIFICATE_WORKFLOW, 'withdraw', row.state),
    canDownload: row.state === 'APPROVED' && !!c && !c.revokedAt,
  };
}

export function placeholderValuesOf(
  row: Pick<ApplicationRow, 'template' | 'applicant' | 'values' | 'lawyers' | 'certificate'>,
  associationName: string,
) {
  const c = row.certificate;
  return placeholderValues({
    associationName,
    applicant: row.applicant as ApplicantProfile,
    fields: (row.template as TemplateSnapshot).fields,
    values: row.values as Record<string, string>,
    lawyers: row.lawyers as RosterLawyer[],
    ...(c
      ? {
          issue: {
            number: c.number,
            issuedOn: chineseDate(c.issuedAt),
            expiresOn: chineseDate(c.expiresAt),
          },
        }
      : {}),
  });
}

export async function associationNameOf(db: Db): Promise<string> {
  return (await db.association.findFirst({ select: { name: true } }))?.name ?? '';
}
