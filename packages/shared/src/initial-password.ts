import type { OrganisationKind } from './labels.ts';

// SPEC §1: initial passwords, derived from data the member already has.
export const OFFICE_INITIAL_PASSWORD = '123456';

export type InitialPasswordSubject =
  | { kind: 'LAWYER'; idNo: string }
  | { kind: 'ORGANISATION'; organisationKind: OrganisationKind; licenceNo: string | null };

export function initialPassword(subject: InitialPasswordSubject): string {
  if (subject.kind === 'LAWYER') return subject.idNo.trim().slice(-6).toLowerCase();
  if (subject.organisationKind === 'LAW_FIRM') {
    if (!subject.licenceNo) throw new Error('律师事务所缺少执业证号');
    return subject.licenceNo.trim().slice(-6);
  }
  return OFFICE_INITIAL_PASSWORD;
}
