import type { PaperCopiesInput } from '@lx/shared/certificate-schemas';
import { PAPER_PICKUP_LABELS } from '@lx/shared/certificate-workflow';

/** 纸质证明 in one line: 不需要, or "需要 2 份，邮寄". */
export function paperCopiesText(paper: PaperCopiesInput): string {
  if (!paper.needed) return '不需要';
  const pickup = paper.pickup ? `，${PAPER_PICKUP_LABELS[paper.pickup]}` : '';
  return `需要 ${paper.quantity ?? 1} 份${pickup}`;
}

/** 收件信息 of copies sent by post: recipient, phone and address. */
export function recipientText(paper: {
  recipient?: string | null;
  phone?: string | null;
  address?: string | null;
}): string {
  return [paper.recipient, paper.phone, paper.address].filter(Boolean).join('，');
}
