import { TRAINING_IMPORT_COLUMNS as C } from '@lx/shared/training-schemas';
import { TRAINING_KIND_LABELS, TRAINING_KINDS } from '@lx/shared/training-kinds';
import { ImportRules } from '@lx/ui/table-import';
import { TRAINING_HOURS_MAX, TRAINING_HOURS_STEP } from '@lx/shared/training-rules';

const kinds = TRAINING_KINDS.map((k) => TRAINING_KIND_LABELS[k]).join('、');

/** Each column of the sheet and what the check asks of it, in the order of the template. */
const RULES = [
  {
    key: 'who',
    label: `${C.licenceNo}或${C.memberNo}`,
    rule: '至少填写一项，用于找到律师',
  },
  { key: 'name', label: C.name, rule: `须与${C.licenceNo}（或${C.memberNo}）对应的律师姓名一致` },
  {
    key: 'date',
    label: C.date,
    rule: '培训日期，格式如 2026-03-15（或 Excel 日期），不能晚于今天',
  },
  { key: 'title', label: C.title, rule: '必填' },
  { key: 'organiser', label: C.organiser, rule: '必填' },
  { key: 'kind', label: C.kind, rule: `${kinds}之一` },
  {
    key: 'hours',
    label: C.hours,
    rule: `大于 0，不超过 ${TRAINING_HOURS_MAX}，以 ${TRAINING_HOURS_STEP} 学时为单位`,
  },
] as const;

const NOTES = [
  `同一律师、同一${C.date}、同一${C.title}在文件中出现多次，重复的行报错（与第 N 行重复）。`,
  '已导入过的行（同一律师、日期、课程）不算错误，导入时跳过，可放心重复上传同一文件。',
  '有错误的行不会导入；其余有效行作为一个批次一次导入，批次可整体冲销。',
];

/** 导入规则 of 学时导入. */
export function ImportColumnRules() {
  return <ImportRules rules={RULES} notes={NOTES} />;
}
