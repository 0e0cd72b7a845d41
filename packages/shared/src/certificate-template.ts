// E-certificate templates (电子证明模板): the placeholders a template may use and the text they
// make. The page's preview and the issued PDF both come from here.

/** Placeholders every template may use; a type's own fields add one each, named by its label. */
export const BUILT_IN_PLACEHOLDERS = [
  '机构名称',
  '执业许可证号',
  '机构地址',
  '申请人',
  '律师名单',
  '证明编号',
  '日期',
  '有效期至',
  '协会名称',
] as const;
export type BuiltInPlaceholder = (typeof BUILT_IN_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export type RenderedCertificate = { title: string; paragraphs: string[] };

/**
 * The certificate's text: the template with every placeholder replaced. The page's preview and the
 * issued PDF both call this, so the preview is exactly what is issued. A placeholder without a
 * value shows as 【名称】 (the preview before the fields are filled).
 */
export function renderCertificateText(
  template: { title: string; body: string },
  values: Record<string, string | undefined>,
): RenderedCertificate {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => values[name] || `【${name}】`);
  return {
    title: fill(template.title),
    paragraphs: template.body
      .split(/\n\s*\n/)
      .map((p) => fill(p.trim()).replace(/\s*\n\s*/g, ''))
      .filter((p) => p !== ''),
  };
}

/**
 * The placeholder values of one application: built-in ones from the applicant and the chosen
 * lawyers, the type's own fields by their labels. Issue data (number, dates) exist once issued.
 */
export function certificatePlaceholderValues(input: {
  associationName: string;
  applicant: {
    name: string;
    organisationName: string;
    licenceNo: string | null;
    address: string | null;
  };
  fields: readonly { name: string; label: string }[];
  values: Record<string, string | undefined>;
  lawyers: readonly { name: string; licenceNo: string | null }[];
  issue?: { number: string; issuedOn: string; expiresOn: string };
}): Record<string, string> {
  const own: Record<string, string> = {};
  for (const field of input.fields) {
    const value = input.values[field.name];
    if (value) own[field.label] = value;
  }
  const a = input.applicant;
  const result: Record<string, string> = {
    ...own,
    协会名称: input.associationName,
    机构名称: a.organisationName,
    申请人: a.name,
  };
  if (a.licenceNo) result['执业许可证号'] = a.licenceNo;
  if (a.address) result['机构地址'] = a.address;
  if (input.lawyers.length > 0) {
    result['律师名单'] = input.lawyers
      .map((l) => (l.licenceNo ? `${l.name}（执业证号：${l.licenceNo}）` : l.name))
      .join('、');
  }
  if (input.issue) {
    result['证明编号'] = input.issue.number;
    result['日期'] = input.issue.issuedOn;
    result['有效期至'] = input.issue.expiresOn;
  }
  return result;
}
