import { describe, expect, it } from 'vitest';
import type {
  CertificateField,
  CertificateType,
  CertificateWizard,
  RosterLawyer,
} from '@lx/shared/certificate-schemas';
import {
  applicationInputOf,
  chosenLawyers,
  draftWithDetails,
  initialDraft,
  lawyerLabel,
  parseApplicationDraft,
  withType,
  type ApplicationDraft,
} from '@/features/certificates/components/application-draft';

const TYPE_ID = '0b7a4c1e-4f7e-4a53-9a0d-6f1f3c2b9e01';
const OTHER_TYPE_ID = '0b7a4c1e-4f7e-4a53-9a0d-6f1f3c2b9e02';
const ZHANG = '5d0c8f7a-1c43-4d8e-9a62-2f6b1e0a7c11';
const LI = '5d0c8f7a-1c43-4d8e-9a62-2f6b1e0a7c12';

const purpose: CertificateField = { name: 'purpose', label: '用途', kind: 'text', required: true };

function certificateType(overrides: Partial<CertificateType> = {}): CertificateType {
  return {
    id: TYPE_ID,
    name: '律师事务所执业证明',
    description: '证明律所依法执业',
    title: '执业证明',
    body: '兹证明{{申请单位}}依法执业，用于{{用途}}。',
    fields: [purpose],
    namesLawyers: true,
    applicantKinds: ['LAW_FIRM'],
    validityDays: 30,
    reviewMode: 'AUTOMATIC',
    active: true,
    version: 1,
    updatedAt: '2026-11-23T00:00:00.000Z',
    ...overrides,
  };
}

const roster: RosterLawyer[] = [
  { id: ZHANG, name: '张三', licenceNo: '14401201110000001', practiceCategory: 'FULL_TIME' },
  { id: LI, name: '李四', licenceNo: null, practiceCategory: 'FULL_TIME' },
];

function wizard(overrides: Partial<CertificateWizard> = {}): CertificateWizard {
  return {
    associationName: '测试市律师协会',
    applicant: {
      kind: 'LAW_FIRM',
      name: '测试律师事务所',
      organisationName: '测试律师事务所',
      licenceNo: '24401201110000001',
      memberNo: 'JG000001',
      address: null,
      phone: null,
      email: 'office@firm.example.cn',
    },
    types: [certificateType()],
    roster,
    draft: null,
    ...overrides,
  };
}

const emptyDraft: ApplicationDraft = parseApplicationDraft({});

describe('parseApplicationDraft', () => {
  it('keeps what the wizard wrote and drops cleared values', () => {
    expect(
      parseApplicationDraft({
        typeId: TYPE_ID,
        values: { purpose: '投标', note: '', when: null },
        contactEmail: 'a@example.cn',
        lawyerIds: [ZHANG],
        paper: { needed: true, quantity: 2, pickup: 'SELF' },
      }),
    ).toEqual({
      typeId: TYPE_ID,
      values: { purpose: '投标' },
      contactEmail: 'a@example.cn',
      lawyerIds: [ZHANG],
      paper: { needed: true, quantity: 2, pickup: 'SELF' },
    });
  });

  it('drops each unreadable part instead of the whole draft', () => {
    expect(
      parseApplicationDraft({
        typeId: 42,
        values: 'nonsense',
        contactEmail: 'a@example.cn',
        lawyerIds: 'x',
        paper: { needed: 'yes', pickup: 'DRONE', quantity: 3 },
      }),
    ).toEqual({
      typeId: undefined,
      values: {},
      contactEmail: 'a@example.cn',
      lawyerIds: [],
      paper: { needed: false, pickup: undefined, quantity: 3 },
    });
  });

  it('reads nothing as an empty draft', () => {
    for (const input of [null, undefined, 'draft', 7]) {
      expect(parseApplicationDraft(input)).toEqual({
        values: {},
        lawyerIds: [],
        paper: { needed: false },
      });
    }
  });
});

describe('initialDraft', () => {
  it('starts a fresh application with the applicant e-mail and no lawyer for a firm', () => {
    expect(initialDraft(wizard())).toEqual({
      typeId: undefined,
      values: {},
      contactEmail: 'office@firm.example.cn',
      lawyerIds: [],
      paper: { needed: false },
    });
  });

  it('chooses a lawyer applying for themself', () => {
    const own = [roster[0]!];
    const draft = initialDraft(
      wizard({ applicant: { ...wizard().applicant, kind: 'LAWYER' }, roster: own }),
    );
    expect(draft.lawyerIds).toEqual([ZHANG]);
  });

  it('resumes a saved draft without a type no longer offered, or lawyers who left', () => {
    const saved = (typeId: string) =>
      wizard({
        draft: {
          step: 3,
          input: {
            typeId,
            values: { purpose: '投标', stale: '旧字段' },
            contactEmail: 'saved@example.cn',
            lawyerIds: [ZHANG, 'gone'],
          },
        },
      });
    expect(initialDraft(saved(TYPE_ID))).toEqual({
      typeId: TYPE_ID,
      values: { purpose: '投标' },
      contactEmail: 'saved@example.cn',
      lawyerIds: [ZHANG],
      paper: { needed: false },
    });
    expect(initialDraft(saved(OTHER_TYPE_ID))).toMatchObject({ typeId: undefined, values: {} });
  });
});

describe('withType', () => {
  it('keeps the values for the same type and empties them for another', () => {
    const draft = { ...emptyDraft, typeId: TYPE_ID, values: { purpose: '投标' } };
    expect(withType(draft, TYPE_ID)).toBe(draft);
    expect(withType(draft, OTHER_TYPE_ID)).toEqual({
      ...draft,
      typeId: OTHER_TYPE_ID,
      values: {},
    });
  });
});

describe('draftWithDetails and applicationInputOf', () => {
  const details = {
    values: { purpose: '投标' },
    contactEmail: 'office@firm.example.cn',
    lawyerIds: [ZHANG],
    paper: {
      needed: true,
      quantity: 1,
      pickup: 'SELF' as const,
      recipient: '王五',
      phone: '13912345678',
      address: '测试路 1 号',
    },
  };

  it('forgets the postal details of a copy picked up in person', () => {
    const draft = draftWithDetails(emptyDraft, certificateType(), details);
    expect(draft.paper).toEqual({ needed: true, quantity: 1, pickup: 'SELF' });
    expect(draft.lawyerIds).toEqual([ZHANG]);
  });

  it('keeps the lawyers the draft had when the type names none', () => {
    const draft = draftWithDetails(
      { ...emptyDraft, lawyerIds: [LI] },
      certificateType({ namesLawyers: false }),
      details,
    );
    expect(draft.lawyerIds).toEqual([LI]);
  });

  it('builds the application to submit, without lawyers for a type that names none', () => {
    const draft = draftWithDetails(emptyDraft, certificateType(), details);
    expect(applicationInputOf(certificateType(), draft)).toEqual({
      typeId: TYPE_ID,
      values: { purpose: '投标' },
      contactEmail: 'office@firm.example.cn',
      lawyerIds: [ZHANG],
      paper: { needed: true, quantity: 1, pickup: 'SELF' },
    });
    expect(applicationInputOf(certificateType({ namesLawyers: false }), draft)?.lawyerIds).toEqual(
      [],
    );
  });

  it('is null while a required field or the e-mail is missing', () => {
    const draft = draftWithDetails(emptyDraft, certificateType(), details);
    expect(applicationInputOf(certificateType(), { ...draft, values: {} })).toBeNull();
    expect(applicationInputOf(certificateType(), { ...draft, contactEmail: undefined })).toBeNull();
  });
});

describe('chosenLawyers and lawyerLabel', () => {
  it('lists the chosen lawyers in the roster order', () => {
    expect(chosenLawyers(roster, [LI, ZHANG, 'gone']).map((l) => l.name)).toEqual(['张三', '李四']);
  });

  it('names a lawyer with the licence number when there is one', () => {
    expect(lawyerLabel(roster[0]!)).toBe('张三（14401201110000001）');
    expect(lawyerLabel(roster[1]!)).toBe('李四');
  });
});
