// 学时证明: a lawyer's training hours for one year, as the association would print and stamp it.
// The caller supplies every text already formatted; this template only decides where it goes.
import { renderDocument } from './layout.ts';
import type { Block, GridCell, PdfDocumentSpec } from './spec.ts';

export type TrainingStatement = {
  associationName: string;
  year: number;
  /** 姓名, 执业证号, 执业机构, 执业类别. */
  identity: { label: string; value: string }[];
  /** One line per kind and 合计: the hours done and the requirement ('—' when none). */
  totals: { label: string; done: string; required: string }[];
  /** 本年度还需完成 12 学时… / 本年度已完成 40 学时的要求. */
  sentence: string;
  /** The year's ledger lines: date, course, organiser, kind, hours. */
  lines: string[];
  /** yyyy-MM-dd HH:mm */
  printedAt: string;
  /** yyyy年MM月dd日 */
  issuedOn: string;
};

export const TRAINING_STATEMENT_TITLE = '律师培训学时证明';

const label = (text: string): GridCell => ({ text, role: 'label' });
const value = (text: string, span = 1): GridCell => ({ text, span });

export function trainingStatementSpec(s: TrainingStatement): PdfDocumentSpec {
  const name = s.identity.find((row) => row.label === '姓名')?.value ?? '';
  const identityRows: GridCell[][] = [];
  for (let i = 0; i < s.identity.length; i += 2) {
    const left = s.identity[i]!;
    const right = s.identity[i + 1];
    identityRows.push(
      right
        ? [label(left.label), value(left.value), label(right.label), value(right.value)]
        : [label(left.label), value(left.value, 3)],
    );
  }
  const blocks: Block[] = [
    { kind: 'title', text: TRAINING_STATEMENT_TITLE, size: 20 },
    {
      kind: 'paragraph',
      text: `${s.associationName}（${s.year} 年度）`,
      size: 12,
      align: 'center',
    },
    { kind: 'spacer', height: 10 },
    { kind: 'grid', columns: [0.16, 0.34, 0.16, 0.34], rows: identityRows },
    { kind: 'spacer', height: 8 },
    {
      kind: 'grid',
      columns: [0.4, 0.3, 0.3],
      rows: [
        [label('类别'), label('已完成学时'), label('年度要求学时')],
        ...s.totals.map((t) => [
          value(t.label),
          { text: t.done, align: 'center' as const },
          { text: t.required, align: 'center' as const },
        ]),
      ],
    },
    { kind: 'spacer', height: 6 },
    { kind: 'paragraph', text: `${name}律师${s.sentence}。`, indent: 2 },
    { kind: 'spacer', height: 8 },
    { kind: 'section', title: '培训明细', lines: s.lines, emptyText: '本年度暂无培训记录' },
    { kind: 'spacer', height: 16 },
    { kind: 'signature', lines: [s.associationName, s.issuedOn] },
  ];
  return {
    metadata: {
      title: `${TRAINING_STATEMENT_TITLE}（${name}，${s.year} 年度）`,
      subject: s.associationName,
      author: s.associationName,
    },
    footer: { left: `打印时间：${s.printedAt}`, right: '第 {page} 页 / 共 {pages} 页' },
    blocks,
  };
}

export function renderTrainingStatement(s: TrainingStatement): Promise<Uint8Array> {
  return renderDocument(trainingStatementSpec(s));
}
