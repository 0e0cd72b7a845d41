// 会员卡申请表: what the lawyer confirmed when applying, with the photo printed on the card, and the
// application's handling so far. Labels and values arrive formatted; this only places them.
import { renderDocument } from './layout.ts';
import type { Block, GridCell, PdfDocumentSpec } from './spec.ts';

export type CardApplicationForm = {
  associationName: string;
  /** 首次申请 / 遗失申请 / 换卡申请 (with the reason). */
  kindLabel: string;
  number: string;
  appliedAt: string;
  stateLabel: string;
  /** 已撤消 / 已驳回 print across the page; null otherwise. */
  watermark: string | null;
  photo: Uint8Array | null;
  /** 姓名 … 执业证号: the rows beside the photo. */
  identity: { label: string; value: string }[];
  /** Contact and other data, two pairs per row. */
  fields: { label: string; value: string }[];
  /** 办理记录, one line per transition. */
  history: string[];
  printedAt: string;
};

export const CARD_APPLICATION_FORM_TITLE = '会员卡申请表';

const LABEL = 0.17;
const label = (text: string): GridCell => ({ text, role: 'label' });
const value = (text: string, span = 1): GridCell => ({ text, span });

export function cardApplicationFormSpec(form: CardApplicationForm): PdfDocumentSpec {
  const pairs: GridCell[][] = [];
  for (let i = 0; i < form.fields.length; i += 2) {
    const left = form.fields[i];
    const right = form.fields[i + 1];
    if (!left) break;
    pairs.push(
      right
        ? [label(left.label), value(left.value), label(right.label), value(right.value)]
        : [label(left.label), value(left.value, 3)],
    );
  }
  const blocks: Block[] = [
    { kind: 'title', text: CARD_APPLICATION_FORM_TITLE, size: 20 },
    { kind: 'paragraph', text: form.associationName, size: 12, align: 'center' },
    { kind: 'spacer', height: 10 },
    {
      kind: 'grid',
      columns: [LABEL, 0.5 - LABEL, LABEL, 0.5 - LABEL],
      rows: [
        [label('申请编号'), value(form.number), label('申请类型'), value(form.kindLabel)],
        [label('申请时间'), value(form.appliedAt), label('办理状态'), value(form.stateLabel)],
      ],
    },
    {
      kind: 'grid',
      columns: [LABEL, 0.63, 0.2],
      rows: form.identity.map((row) => [label(row.label), value(row.value)]),
      photo: {
        image: form.photo ? { format: 'jpeg', bytes: form.photo } : null,
        rows: form.identity.length,
        placeholder: '照片',
      },
    },
    { kind: 'grid', columns: [LABEL, 0.5 - LABEL, LABEL, 0.5 - LABEL], rows: pairs },
    { kind: 'spacer', height: 12 },
    { kind: 'section', title: '办理记录', lines: form.history, emptyText: '无' },
    { kind: 'spacer', height: 16 },
    {
      kind: 'paragraph',
      text: '本人确认以上信息与律师执业证登记信息一致，所附照片为本人近期免冠证件照。',
      size: 10.5,
    },
    {
      kind: 'grid',
      columns: [LABEL, 0.5 - LABEL, LABEL, 0.5 - LABEL],
      rows: [[label('申请人签名'), value(''), label('日期'), value('')]],
      minRowHeight: 36,
    },
  ];
  const name = form.identity.find((row) => row.label === '姓名')?.value;
  return {
    metadata: {
      title: name ? `${CARD_APPLICATION_FORM_TITLE}（${name}）` : CARD_APPLICATION_FORM_TITLE,
      subject: form.associationName,
      author: form.associationName,
    },
    watermark: form.watermark,
    footer: { left: `打印时间：${form.printedAt}`, right: '第 {page} 页 / 共 {pages} 页' },
    blocks,
  };
}

export function renderCardApplicationForm(form: CardApplicationForm): Promise<Uint8Array> {
  return renderDocument(cardApplicationFormSpec(form));
}
