import {
  formatCardApplicationNo,
  formatCardNo,
  type CardApplicationSummary,
} from '@lx/shared/card-schemas';
import {
  CARD_APPLICATION_KIND_LABELS,
  CARD_APPLICATION_KINDS,
  type CardApplicationKind,
} from '@lx/shared/card-workflow';

/** The wizard's title and the button that opens it, as the manual names them. */
export const CARD_APPLY_TITLES: Record<CardApplicationKind, string> = {
  FIRST: '首次申请会员卡',
  LOST: '遗失申请',
  REPLACEMENT: '换卡申请',
};

/** When each kind applies, from the manual. */
export const CARD_APPLY_HINTS: Record<CardApplicationKind, string> = {
  FIRST: '从未申请过会员卡',
  LOST: '请先在【会员卡管理】中办理挂失，确认无法找回后提交',
  REPLACEMENT: '会员卡破损、消磁、失效',
};

/** The kind named by the address (first, lost, replacement), or null. */
export function kindFromSlug(slug: string): CardApplicationKind | null {
  return CARD_APPLICATION_KINDS.find((kind) => kind.toLowerCase() === slug) ?? null;
}

/** 申请类型 with the reason of a replacement: "换卡申请（损坏）". */
export function applicationKindText(
  application: Pick<CardApplicationSummary, 'kind' | 'reason'>,
): string {
  const label = CARD_APPLICATION_KIND_LABELS[application.kind];
  return application.reason ? `${label}（${application.reason}）` : label;
}

/** 申请编号 as people quote it: KS000012 (a number the API already formatted stays). */
export function applicationNoText(number: string): string {
  return /^\d+$/.test(number) ? formatCardApplicationNo(Number(number)) : number;
}

/** 卡号 as printed: HY00000007 (a number the API already formatted stays). */
export function cardNoText(number: string): string {
  return /^\d+$/.test(number) ? formatCardNo(Number(number)) : number;
}
