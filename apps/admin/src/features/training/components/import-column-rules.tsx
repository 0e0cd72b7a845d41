import { Card, Descriptions } from 'antd';
import { TRAINING_IMPORT_COLUMNS as C } from '@lx/shared/training-schemas';
import { TRAINING_KIND_LABELS, TRAINING_KINDS } from '@lx/shared/training-kinds';
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

/** 导入规则: the columns the template has and what a row needs to be imported. */
export function ImportColumnRules() {
  return (
    <Card title="导入规则" role="region" aria-label="导入规则">
      <Descriptions
        bordered
        size="small"
        column={1}
        items={RULES.map((r) => ({ key: r.key, label: r.label, children: r.rule }))}
      />
      <ul style={{ margin: '12px 0 0', paddingInlineStart: 20 }}>
        <li>
          同一律师、同一{C.date}、同一{C.title}在文件中出现多次，重复的行报错（与第 N 行重复）。
        </li>
        <li>已导入过的行（同一律师、日期、课程）不算错误，导入时跳过，可放心重复上传同一文件。</li>
        <li>有错误的行不会导入；其余有效行作为一个批次一次导入，批次可整体冲销。</li>
      </ul>
    </Card>
  );
}
