import { z } from 'zod';
import { always, emailField, mobileField, requiredText, text } from './formats.ts';
import { ORGANISATION_KINDS } from './labels.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';
import { CERTIFICATE_STATES, PAPER_PICKUPS, PAPER_STATES } from './certificate-workflow.ts';
import { BUILT_IN_PLACEHOLDERS, placeholdersOf } from './certificate-template.ts';
import { schemaOfFields, type FieldDef } from './profile-fields.ts';

// E-certificates (电子证明), SPEC §2.8 and the e-certificate manual: types defined by staff as data,
// the five-step application, review, the issued PDF and its public verification. The workflow is
// in certificate-workflow.ts, the template text in certificate-template.ts.

export const CERTIFICATE_APPLICANT_KINDS = [...ORGANISATION_KINDS, 'LAWYER'] as const;
export type CertificateApplicantKind = (typeof CERTIFICATE_APPLICANT_KINDS)[number];
export const CERTIFICATE_APPLICANT_KIND_LABELS: Record<CertificateApplicantKind, string> = {
  LAW_FIRM: '律师事务所',
  COMPANY_OFFICE: '公司律师办公室',
  PUBLIC_OFFICE: '公职律师办公室',
  LAWYER: '律师本人',
};

export const CERTIFICATE_REVIEW_MODES = ['AUTOMATIC', 'MANUAL'] as const;
export type CertificateReviewMode = (typeof CERTIFICATE_REVIEW_MODES)[number];
export const CERTIFICATE_REVIEW_MODE_LABELS: Record<CertificateReviewMode, string> = {
  AUTOMATIC: '自动审核',
  MANUAL: '人工审核',
};
/** What step 4 says under the submit button. */
export const CERTIFICATE_REVIEW_MODE_NOTES: Record<CertificateReviewMode, string> = {
  AUTOMATIC: '该证明为自动审核：提交后系统立即审核，符合条件即可下载。',
  MANUAL: '该证明为人工审核：提交后由律师协会工作人员审核，请留意审核结果。',
};

// ---------------------------------------------------------------------------------------------
// Certificate types (staff)

export const certificateFieldSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]{0,30}$/, { error: '字段代码须为小写字母开头的英文字母或数字' }),
  label: requiredText('字段名称', 20),
  kind: z.enum(['text', 'textarea', 'date'], { error: '请选择字段类型' }),
  required: z.boolean().default(false),
});
export type CertificateField = z.infer<typeof certificateFieldSchema>;
export const CERTIFICATE_FIELD_KIND_LABELS: Record<CertificateField['kind'], string> = {
  text: '单行文字',
  textarea: '多行文字',
  date: '日期',
};
export const MAX_CERTIFICATE_FIELDS = 10;

export const certificateTypeInputSchema = z
  .object({
    name: requiredText('证明名称', 50),
    description: requiredText('说明', 500),
    title: requiredText('证明标题', 50),
    body: requiredText('证明正文', 3000),
    fields: z
      .array(certificateFieldSchema)
      .max(MAX_CERTIFICATE_FIELDS, { error: `最多 ${MAX_CERTIFICATE_FIELDS} 个填写项` })
      .default([]),
    namesLawyers: z.boolean().default(false),
    applicantKinds: z
      .array(z.enum(CERTIFICATE_APPLICANT_KINDS))
      .min(1, { error: '请至少选择一类申请人' }),
    validityDays: z.coerce
      .number({ error: '请填写有效天数' })
      .int({ error: '有效天数须为整数' })
      .min(1, { error: '有效天数至少为 1 天' })
      .max(3650, { error: '有效天数不能超过 3650 天' }),
    reviewMode: z.enum(CERTIFICATE_REVIEW_MODES, { error: '请选择审核方式' }),
    active: z.boolean().default(true),
  })
  .superRefine((type, ctx) => {
    const labels = new Set<string>();
    type.fields?.forEach((field, i) => {
      if (
        (BUILT_IN_PLACEHOLDERS as readonly string[]).includes(field.label) ||
        labels.has(field.label)
      ) {
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'label'], message: '字段名称重复' });
      }
      labels.add(field.label);
    });
    const names = new Set(type.fields?.map((f) => f.name));
    if (names.size !== (type.fields?.length ?? 0)) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: '字段代码重复' });
    }
    for (const [key, text] of [
      ['title', type.title],
      ['body', type.body],
    ] as const) {
      if (typeof text !== 'string') continue;
      const unknown = placeholdersOf(text).filter(
        (p) => !(BUILT_IN_PLACEHOLDERS as readonly string[]).includes(p) && !labels.has(p),
      );
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `未知的占位符：${[...new Set(unknown)].join('、')}（可用：${[...BUILT_IN_PLACEHOLDERS, ...labels].join('、')}）`,
        });
      }
    }
    if (
      type.namesLawyers === false &&
      typeof type.body === 'string' &&
      placeholdersOf(type.body).includes('律师名单')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: '不列明律师的证明不能使用 {{律师名单}}',
      });
    }
  }, always);
export type CertificateTypeInput = z.infer<typeof certificateTypeInputSchema>;

export const certificateTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  title: z.string(),
  body: z.string(),
  fields: z.array(certificateFieldSchema),
  namesLawyers: z.boolean(),
  applicantKinds: z.array(z.enum(CERTIFICATE_APPLICANT_KINDS)),
  validityDays: z.number().int(),
  reviewMode: z.enum(CERTIFICATE_REVIEW_MODES),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type CertificateType = z.infer<typeof certificateTypeSchema>;

/** A type's fields as form fields: the page and the server validate the values with this. */
export function certificateValuesSchema(fields: readonly CertificateField[]) {
  return schemaOfFields(
    fields.map(
      (f): FieldDef => ({ name: f.name, label: f.label, kind: f.kind, required: f.required }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Applying (organisations, and lawyers for types meant for them)

export const paperCopiesSchema = z
  .object({
    needed: z.boolean({ error: '请选择是否需要纸质证明' }),
    quantity: z.coerce.number().optional(),
    pickup: z.enum(PAPER_PICKUPS, { error: '请选择领取方式' }).optional(),
    recipient: z.string().trim().max(30, { error: '收件人不能超过 30 个字' }).optional(),
    phone: z.string().trim().optional(),
    address: z.string().trim().max(200, { error: '收件地址不能超过 200 个字' }).optional(),
  })
  .superRefine((paper, ctx) => {
    if (!paper.needed) return;
    const q = paper.quantity;
    if (q === undefined || !Number.isInteger(q) || q < 1 || q > 10) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: '申请数量须为 1 至 10 份' });
    }
    if (!paper.pickup)
      ctx.addIssue({ code: 'custom', path: ['pickup'], message: '请选择领取方式' });
    if (paper.pickup === 'MAIL') {
      if (!paper.recipient)
        ctx.addIssue({ code: 'custom', path: ['recipient'], message: '请填写收件人' });
      if (!paper.phone) {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: '请填写收件人电话' });
      } else if (
        !mobileField.safeParse(paper.phone).success &&
        !/^0\d{2,3}-?\d{7,8}$/.test(paper.phone)
      ) {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: '收件人电话格式不正确' });
      }
      if (!paper.address)
        ctx.addIssue({ code: 'custom', path: ['address'], message: '请填写收件地址' });
    }
  }, always);
export type PaperCopiesInput = z.infer<typeof paperCopiesSchema>;

/** Steps 2–3 as sent on submission; `values` is checked against the type's own fields. */
export const certificateApplicationInputSchema = z.object({
  typeId: z.uuid({ error: '请选择证明类型' }),
  values: z.record(z.string(), z.string()).default({}),
  contactEmail: z
    .string({ error: '请填写联系邮箱' })
    .trim()
    .min(1, { error: '请填写联系邮箱' })
    .pipe(emailField),
  lawyerIds: z
    .array(z.uuid({ error: '律师编号格式不正确' }))
    .max(200)
    .default([]),
  paper: paperCopiesSchema,
});
export type CertificateApplicationInput = z.infer<typeof certificateApplicationInputSchema>;

/**
 * The application in progress as the wizard saves it on every 下一步: the parts of the input typed
 * so far, each of the right type and bounded, so a draft is never any JSON (no nesting, no
 * megabytes); whether it is complete and correct is checked on submission.
 */
export const certificateDraftInputSchema = z.strictObject({
  typeId: text().max(36).optional(),
  values: z
    .record(text().max(31), text().max(1000))
    .refine((values) => Object.keys(values).length <= MAX_CERTIFICATE_FIELDS, {
      error: `最多 ${MAX_CERTIFICATE_FIELDS} 个填写项`,
    })
    .optional(),
  contactEmail: text().max(100).optional(),
  lawyerIds: z.array(text().max(36)).max(200).optional(),
  paper: z
    .strictObject({
      needed: z.boolean().optional(),
      quantity: z.number().min(0).max(100).optional(),
      pickup: z.enum(PAPER_PICKUPS).optional(),
      recipient: text().max(30).optional(),
      phone: text().max(30).optional(),
      address: text().max(200).optional(),
    })
    .optional(),
});
export type CertificateDraftInput = z.infer<typeof certificateDraftInputSchema>;

/** The wizard's draft, kept on the server so leaving and coming back resumes it. */
export const certificateDraftSchema = z.object({
  step: z.number().int().min(1).max(4),
  input: certificateDraftInputSchema,
  updatedAt: z.string().optional(),
});
export type CertificateDraft = z.infer<typeof certificateDraftSchema>;

export const applicantProfileSchema = z.object({
  kind: z.enum(CERTIFICATE_APPLICANT_KINDS),
  name: z.string(),
  organisationName: z.string(),
  licenceNo: z.string().nullable(),
  memberNo: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type ApplicantProfile = z.infer<typeof applicantProfileSchema>;

export const rosterLawyerSchema = z.object({
  id: z.string(),
  name: z.string(),
  licenceNo: z.string().nullable(),
  practiceCategory: z.string(),
});
export type RosterLawyer = z.infer<typeof rosterLawyerSchema>;

/** Step 1 and the choices of steps 2–3 in one request. */
export const certificateWizardSchema = z.object({
  associationName: z.string(),
  applicant: applicantProfileSchema,
  types: z.array(certificateTypeSchema),
  roster: z.array(rosterLawyerSchema),
  draft: certificateDraftSchema.nullable(),
});
export type CertificateWizard = z.infer<typeof certificateWizardSchema>;

const paperSchema = z.object({
  quantity: z.number().int(),
  pickup: z.enum(PAPER_PICKUPS),
  recipient: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  state: z.enum(PAPER_STATES).nullable(),
  trackingNo: z.string().nullable(),
});

export const certificateSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  typeName: z.string(),
  applicantName: z.string(),
  state: z.enum(CERTIFICATE_STATES),
  reviewMode: z.enum(CERTIFICATE_REVIEW_MODES),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  paperState: z.enum(PAPER_STATES).nullable(),
});
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;
export const certificatePageSchema = pageOf(certificateSummarySchema);

export const issuedCertificateSchema = z.object({
  number: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  sha256: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});

export const certificateApplicationSchema = certificateSummarySchema.extend({
  /** The issuer, printed under the certificate. */
  associationName: z.string(),
  version: z.number().int(),
  typeId: z.string(),
  applicant: applicantProfileSchema,
  fields: z.array(certificateFieldSchema),
  values: z.record(z.string(), z.string()),
  contactEmail: z.string(),
  lawyers: z.array(rosterLawyerSchema),
  paper: paperSchema.nullable(),
  /** The certificate's text as issued (or as it will be, while pending). */
  preview: z.object({ title: z.string(), paragraphs: z.array(z.string()) }),
  certificate: issuedCertificateSchema.nullable(),
  canWithdraw: z.boolean(),
  canDownload: z.boolean(),
});
export type CertificateApplication = z.infer<typeof certificateApplicationSchema>;

export const sendCertificateMailSchema = z.object({
  to: emailField.optional(),
});
export type SendCertificateMailInput = z.infer<typeof sendCertificateMailSchema>;

// ---------------------------------------------------------------------------------------------
// Review (staff)

export const certificateQueueQuerySchema = pageQuerySchema.extend({
  state: z.enum(CERTIFICATE_STATES).optional(),
  typeId: z.uuid().optional(),
  paper: z.enum(['ANY', ...PAPER_STATES]).optional(),
  q: z.string().trim().max(50).optional(),
});
export type CertificateQueueQuery = z.infer<typeof certificateQueueQuerySchema>;
export const certificateQueueSchema = pageOf(certificateSummarySchema).extend({
  counts: z.record(z.enum(CERTIFICATE_STATES), z.number().int()),
});
export type CertificateQueue = z.infer<typeof certificateQueueSchema>;

export const rejectCertificateSchema = z.object({
  version: z.number().int(),
  reason: requiredText('驳回原因', 200),
});
export const approveCertificateSchema = z.object({ version: z.number().int() });
export const paperProgressSchema = z
  .object({
    state: z.enum(PAPER_STATES, { error: '请选择纸质证明状态' }),
    trackingNo: z.string().trim().max(40).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.state === 'MAILED' && !p.trackingNo) {
      ctx.addIssue({ code: 'custom', path: ['trackingNo'], message: '请填写快递单号' });
    }
  }, always);
export const revokeCertificateSchema = z.object({ reason: requiredText('撤销原因', 200) });

// ---------------------------------------------------------------------------------------------
// Public verification

/** ZM + year + six digits, e.g. ZM2026000123. */
export const CERTIFICATE_NUMBER_PATTERN = /^ZM\d{10}$/;
export function formatCertificateNo(year: number, serial: number): string {
  return `ZM${year}${String(serial).padStart(6, '0')}`;
}
export const certificateNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CERTIFICATE_NUMBER_PATTERN, { error: '证明编号格式不正确，应为 ZM 加 10 位数字' });

export const VERIFICATION_STATUSES = ['VALID', 'EXPIRED', 'REVOKED'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
export const VERIFICATION_STATUS_LABELS: Record<VerificationStatus, string> = {
  VALID: '真实有效',
  EXPIRED: '已过有效期',
  REVOKED: '已撤销',
};

/** What anyone may see: no ID numbers, no contact data. */
export const certificateVerificationSchema = z.object({
  status: z.enum(VERIFICATION_STATUSES),
  number: z.string(),
  typeName: z.string(),
  holderName: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;
export const fileVerificationSchema = z.object({
  match: z.boolean(),
  certificate: certificateVerificationSchema.nullable(),
});
export type FileVerification = z.infer<typeof fileVerificationSchema>;

export const mailMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  attachmentNames: z.array(z.string()),
  transport: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;
export const mailPageSchema = pageOf(mailMessageSchema);
