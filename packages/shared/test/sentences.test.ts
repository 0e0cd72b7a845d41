import { describe, expect, it } from 'vitest';
import { clause } from '../src/sentences.ts';

describe('clause', () => {
  it('drops the final stop of typed text, so a notice never reads "。。"', () => {
    expect(`审核意见：${clause('证件照片不清晰。')}。请修改后重新提交。`).toBe(
      '审核意见：证件照片不清晰。请修改后重新提交。',
    );
    expect(clause('请补充联系电话. ')).toBe('请补充联系电话');
    expect(clause('未交会费；')).toBe('未交会费');
  });

  it('keeps text without a final stop, and reads nothing as empty', () => {
    expect(clause('联系电话未填写')).toBe('联系电话未填写');
    expect(clause(null)).toBe('');
    expect(clause(undefined)).toBe('');
  });
});
