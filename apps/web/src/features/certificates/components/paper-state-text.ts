import { PAPER_STATE_LABELS, type PaperState } from '@lx/shared/certificate-workflow';

/** 纸质证明 in the list: where the paper copies are, or a dash. */
export function paperStateText(state: PaperState | null): string {
  return state ? PAPER_STATE_LABELS[state] : '—';
}
