import type { OrganisationKind, PracticeCategory } from './labels.ts';

// The category used for eligibility (events, certificate types), derived — never stored.
export const MEMBER_CATEGORIES = [
  'FIRM_LAWYER',
  'COMPANY_LAWYER',
  'PUBLIC_LAWYER',
  'LEGAL_AID_LAWYER',
  'TRAINEE',
  'LAW_FIRM',
  'COMPANY_OFFICE',
  'PUBLIC_OFFICE',
] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];
export const MEMBER_CATEGORY_LABELS: Record<MemberCategory, string> = {
  FIRM_LAWYER: '执业律师',
  COMPANY_LAWYER: '公司律师',
  PUBLIC_LAWYER: '公职律师',
  LEGAL_AID_LAWYER: '法律援助律师',
  TRAINEE: '实习人员',
  LAW_FIRM: '律师事务所',
  COMPANY_OFFICE: '公司律师办公室',
  PUBLIC_OFFICE: '公职律师办公室',
};

export function lawyerMemberCategory(
  practiceCategory: PracticeCategory,
  organisationKind: OrganisationKind,
): MemberCategory {
  if (practiceCategory === 'TRAINEE') return 'TRAINEE';
  if (practiceCategory === 'LEGAL_AID') return 'LEGAL_AID_LAWYER';
  if (practiceCategory === 'COMPANY' || organisationKind === 'COMPANY_OFFICE')
    return 'COMPANY_LAWYER';
  if (practiceCategory === 'PUBLIC' || organisationKind === 'PUBLIC_OFFICE') return 'PUBLIC_LAWYER';
  return 'FIRM_LAWYER';
}

export function organisationMemberCategory(kind: OrganisationKind): MemberCategory {
  return kind;
}
