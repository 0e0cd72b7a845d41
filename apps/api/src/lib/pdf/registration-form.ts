// 律师基本信息登记表: the lawyer's profile as the association files it. The caller supplies labels
// and display values already formatted; this template only decides where they go.
import { renderDocument } from './layout.ts';
import type { Block, GridCell, PdfDocumentSpec } from './spec.ts';

export type RegistrationForm = {
  /** e.g. 东江市律师协会 */
  associationName: string;
  /** '尚未提交审核' | '材料审核中'; null once approved. */
  watermark: string | null;
  /** The 358×441 ID photo (JPEG). */
  photo: Uint8Array | null;
  /** 姓名, 身份证号, 执业机构, 执业类别, 执业证号: the rows beside the photo. */
  identity: { label: string; value: string }[];
  /** The rest of the basic information, two label–value pairs per row. */
  fields: { label: string; value: string }[];
  /** The twelve list sections; `markedNone` is "已填报为无". */
  sections: { title: string; lines: string[]; markedNone: boolean }[];
  /** yyyy-MM-dd HH:mm */
  printedAt: string;
};

export const REGISTRATION_FORM_TITLE = '律师基本信息登记表';

// The label column is the same width in both grids so the two tables read as one form.
const LABEL = 0.17;
const IDENTITY_COLUMNS = [LABEL, 0.63, 0.2];
const FIELD_COLUMNS = [LABEL, 0.5 - LABEL, LABEL, 0.5 - LABEL];

const label = (text: string): GridCell => ({ text, role: 'label' });
const value = (text: string, span = 1): GridCell => ({ text, span });

function fieldRows(fields: RegistrationForm['fields']): GridCell[][] {
  const rows: GridCell[][] = [];
  for (let i = 0; i < fields.length; i += 2) {
    const left = fields[i];
    const right = fields[i + 1];
    if (!left) break;
    rows.push(
      right
        ? [label(left.label), value(left.value), label(right.label), value(right.value)]
        : [label(left.label), value(left.value, 3)],
    );
  }
  return rows;
}

export function registrationFormSpec(form: RegistrationForm): PdfDocumentSpec {
  const name = form.identity.find((row) => row.label === '姓名')?.value;
  const blocks: Block[] = [
    { kind: 'title', text: REGISTRATION_FORM_TITLE, size: 20 },
    { kind: 'paragraph', text: form.associationName, size: 12, align: 'center' },
    { kind: 'spacer', height: 10 },
    {
      kind: 'grid',
      columns: IDENTITY_COLUMNS,
      rows: form.identity.map((row) => [label(row.label), value(row.value)]),
      photo: {
        image: form.photo ? { format: 'jpeg', bytes: form.photo } : null,
        rows: form.identity.length,
        placeholder: '照片',
      },
    },
    { kind: 'grid', columns: FIELD_COLUMNS, rows: fieldRows(form.fields) },
    { kind: 'spacer', height: 12 },
    ...form.sections.map(
      (section): Block => ({
        kind: 'section',
        title: section.title,
        // "填报为无" and an empty list both print 无: the form must not look unfinished.
        lines: section.markedNone ? [] : section.lines,
        emptyText: '无',
      }),
    ),
  ];
  return {
    metadata: {
      title: name ? `${REGISTRATION_FORM_TITLE}（${name}）` : REGISTRATION_FORM_TITLE,
      subject: form.associationName,
      author: form.associationName,
    },
    watermark: form.watermark,
    footer: { left: `打印时间：${form.printedAt}`, right: '第 {page} 页 / 共 {pages} 页' },
    blocks,
  };
}

export function renderRegistrationForm(form: RegistrationForm): Promise<Uint8Array> {
  return renderDocument(registrationFormSpec(form));
}
