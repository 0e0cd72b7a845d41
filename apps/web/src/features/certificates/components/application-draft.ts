import { z } from 'zod';
import {
  certificateApplicationInputSchema,
  certificateValuesSchema,
  type CertificateApplicationInput,
  type CertificateType,
  type CertificateWizard,
  type PaperCopiesInput,
  type RosterLawyer,
} from '@lx/shared/certificate-schemas';
import { certificatePlaceholderValues } from '@lx/shared/certificate-template';
import { PAPER_PICKUPS } from '@lx/shared/certificate-workflow';

/** Filled-in values only: a cleared input ('') or an unset date is no value. */
function filledValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

// The draft as the server keeps it is `{...partial input}`, checked by nobody: every part that is
// not what the wizard wrote is dropped rather than failing the whole draft.
const paperDraftSchema = z.object({
  needed: z.boolean().catch(false),
  quantity: z.number().optional().catch(undefined),
  pickup: z.enum(PAPER_PICKUPS).optional().catch(undefined),
  recipient: z.string().optional().catch(undefined),
  phone: z.string().optional().catch(undefined),
  address: z.string().optional().catch(undefined),
});
const applicationDraftSchema = z.object({
  typeId: z.string().optional().catch(undefined),
  values: z.record(z.string(), z.unknown()).catch({}).transform(filledValues),
  contactEmail: z.string().optional().catch(undefined),
  lawyerIds: z.array(z.string()).catch([]),
  paper: paperDraftSchema.catch({ needed: false }),
});

/** What the wizard holds between its steps and saves as the server's draft on every 下一步. */
export type ApplicationDraft = z.output<typeof applicationDraftSchema>;

/** Any saved or half-filled input as a draft; what cannot be read is left out. */
export function parseApplicationDraft(input: unknown): ApplicationDraft {
  const parsed = applicationDraftSchema.safeParse(input ?? {});
  return parsed.success ? parsed.data : applicationDraftSchema.parse({});
}

/** Only the values of the type's own fields. */
function valuesOfType(type: CertificateType, values: Record<string, string>) {
  const names = new Set(type.fields.map((field) => field.name));
  return Object.fromEntries(Object.entries(values).filter(([name]) => names.has(name)));
}

/**
 * Where the wizard starts: the saved draft (with a type no longer offered and lawyers no longer in
 * the roster left out), or a fresh application with the applicant's e-mail as 联系邮箱 and, for a
 * lawyer applying for themself, their own name chosen.
 */
export function initialDraft(wizard: CertificateWizard): ApplicationDraft {
  const saved = parseApplicationDraft(wizard.draft?.input);
  const type = wizard.types.find((t) => t.id === saved.typeId);
  const rosterIds = new Set(wizard.roster.map((lawyer) => lawyer.id));
  const ownName = wizard.applicant.kind === 'LAWYER' ? wizard.roster.map((l) => l.id) : [];
  return {
    typeId: type?.id,
    values: type ? valuesOfType(type, saved.values) : {},
    contactEmail: saved.contactEmail ?? wizard.applicant.email ?? undefined,
    lawyerIds: wizard.draft ? saved.lawyerIds.filter((id) => rosterIds.has(id)) : ownName,
    paper: saved.paper,
  };
}

/** Another type has other fields: its values start empty. */
export function withType(draft: ApplicationDraft, typeId: string): ApplicationDraft {
  return typeId === draft.typeId ? draft : { ...draft, typeId, values: {} };
}

/** Step 3's rules: the type's own fields, 联系邮箱, 律师 and 纸质证明, as the server checks them. */
export function detailsSchemaOf(type: CertificateType) {
  return certificateApplicationInputSchema
    .omit({ typeId: true })
    .extend({ values: certificateValuesSchema(type.fields) });
}
export type ApplicationDetails = z.output<ReturnType<typeof detailsSchemaOf>>;

/** Paper copies without what the choices made irrelevant (收件信息 of a copy picked up). */
function relevantPaper(paper: PaperCopiesInput): PaperCopiesInput {
  if (!paper.needed) return { needed: false };
  if (paper.pickup !== 'MAIL')
    return { needed: true, quantity: paper.quantity, pickup: paper.pickup };
  return paper;
}

/** Step 3's checked values as the draft keeps them. */
export function draftWithDetails(
  draft: ApplicationDraft,
  type: CertificateType,
  details: ApplicationDetails,
): ApplicationDraft {
  return {
    typeId: type.id,
    values: filledValues(details.values),
    contactEmail: details.contactEmail,
    lawyerIds: type.namesLawyers ? details.lawyerIds : draft.lawyerIds,
    paper: relevantPaper(details.paper),
  };
}

/** The application to submit, or null while step 3's rules are not met. */
export function applicationInputOf(
  type: CertificateType,
  draft: ApplicationDraft,
): CertificateApplicationInput | null {
  const parsed = detailsSchemaOf(type).safeParse({
    values: draft.values,
    contactEmail: draft.contactEmail,
    lawyerIds: draft.lawyerIds,
    paper: draft.paper,
  });
  if (!parsed.success) return null;
  return {
    typeId: type.id,
    values: filledValues(parsed.data.values),
    contactEmail: parsed.data.contactEmail,
    lawyerIds: type.namesLawyers ? parsed.data.lawyerIds : [],
    paper: relevantPaper(parsed.data.paper),
  };
}

/** The roster's lawyers among `ids`, in the roster's order. */
export function chosenLawyers(roster: readonly RosterLawyer[], ids: readonly string[]) {
  const chosen = new Set(ids);
  return roster.filter((lawyer) => chosen.has(lawyer.id));
}

/** "姓名（执业证号）", as the 选择律师 list and the detail page name a lawyer. */
export function lawyerLabel(lawyer: Pick<RosterLawyer, 'name' | 'licenceNo'>): string {
  return lawyer.licenceNo ? `${lawyer.name}（${lawyer.licenceNo}）` : lawyer.name;
}

/**
 * The placeholder values known before issue: the applicant, the chosen lawyers and the values of
 * this type's fields as far as they are filled in. The rest shows as 【名称】.
 */
export function previewValuesOf(
  wizard: CertificateWizard,
  type: CertificateType,
  draft: ApplicationDraft,
): Record<string, string> {
  return certificatePlaceholderValues({
    associationName: wizard.associationName,
    applicant: wizard.applicant,
    fields: type.fields,
    values: draft.typeId === type.id ? draft.values : {},
    lawyers: type.namesLawyers ? chosenLawyers(wizard.roster, draft.lawyerIds) : [],
  });
}
