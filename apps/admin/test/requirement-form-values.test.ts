import { describe, expect, it } from 'vitest';
import type { RequirementList } from '@lx/shared/training-schemas';
import {
  requirementFieldErrors,
  requirementFormSchema,
  requirementFormValues,
  requirementsInputOf,
  type RequirementFormValues,
} from '@/features/training/components/requirement-form-values';

const list: RequirementList = {
  year: 2026,
  items: [
    {
      year: 2026,
      category: 'FULL_TIME',
      totalHours: 40,
      minimums: { ONSITE: 10 },
      updatedAt: '2026-01-05T02:00:00.000Z',
    },
    {
      year: 2026,
      category: 'TRAINEE',
      totalHours: 30,
      minimums: {},
      updatedAt: '2026-01-05T02:00:00.000Z',
    },
  ],
};

/** The form as loaded, with `edit` applied to the row of `category`. */
function formWith(
  edit: Partial<Record<string, Partial<RequirementFormValues['rows'][number]>>>,
): RequirementFormValues {
  const values = requirementFormValues(list);
  return {
    rows: values.rows.map((row) => ({ ...row, ...edit[row.category] })),
  };
}

describe('requirement form values', () => {
  it('shows every practice category, the saved ones filled and the others empty', () => {
    const { rows } = requirementFormValues(list);
    expect(rows.map((r) => r.category)).toEqual([
      'FULL_TIME',
      'PART_TIME',
      'COMPANY',
      'PUBLIC',
      'LEGAL_AID',
      'TRAINEE',
    ]);
    expect(rows[0]).toEqual({
      category: 'FULL_TIME',
      totalHours: 40,
      minimums: { ONSITE: 10, OFFLINE: null, ONLINE: null },
    });
    expect(rows[1]).toEqual({
      category: 'PART_TIME',
      totalHours: null,
      minimums: { ONSITE: null, OFFLINE: null, ONLINE: null },
    });
  });

  it('sends only the filled rows, without empty minimums', () => {
    const parsed = requirementFormSchema.safeParse(formWith({ PART_TIME: { totalHours: 20 } }));
    expect(parsed.success && parsed.data).toEqual({
      items: [
        { category: 'FULL_TIME', totalHours: 40, minimums: { ONSITE: 10 } },
        { category: 'PART_TIME', totalHours: 20, minimums: {} },
        { category: 'TRAINEE', totalHours: 30, minimums: {} },
      ],
    });
  });

  it('puts the shared schema messages on the row they are about', () => {
    const parsed = requirementFormSchema.safeParse(
      formWith({
        // A minimum without a total: the total is asked for.
        COMPANY: { minimums: { ONSITE: 5, OFFLINE: null, ONLINE: null } },
        TRAINEE: { totalHours: 30.2 },
        FULL_TIME: { minimums: { ONSITE: 30, OFFLINE: 20, ONLINE: null } },
      }),
    );
    expect(parsed.success).toBe(false);
    const issues = Object.fromEntries(
      (parsed.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(issues).toEqual({
      'rows.0.totalHours': '各类最低学时之和不能超过年度学时要求',
      'rows.2.totalHours': '请填写年度学时要求',
      'rows.5.totalHours': '年度学时要求应以 0.5 学时为单位',
    });
  });

  it("moves the server's item paths to the rows of the items it was sent", () => {
    const { rowOfItem } = requirementsInputOf(formWith({ LEGAL_AID: { totalHours: 12 } }));
    expect(rowOfItem).toEqual([0, 4, 5]);
    expect(
      requirementFieldErrors(
        {
          'items.1.totalHours': '年度学时要求不能超过 1000',
          'items.2.minimums.ONLINE': '网络课程最低学时应大于 0',
          'items.0.minimums': '各类最低学时之和不能超过年度学时要求',
          version: '已被修改',
        },
        rowOfItem,
      ),
    ).toEqual({
      'rows.4.totalHours': '年度学时要求不能超过 1000',
      'rows.5.minimums.ONLINE': '网络课程最低学时应大于 0',
      'rows.0.totalHours': '各类最低学时之和不能超过年度学时要求',
    });
  });
});
