import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Select, Typography } from 'antd';
import {
  CIRCULATION_KIND_LABELS,
  CIRCULATION_KINDS,
  categoryTargetLabel,
  type CirculationKind,
  type CirculationTarget,
} from '@lx/shared/document-schemas';
import { PRACTICE_CATEGORIES, type PracticeCategory } from '@lx/shared/labels';
import { useId, useState, type CSSProperties } from 'react';
import { GroupSelect, OrganisationSelect, PersonSelect } from './circulation-selects';
import { targetRowOf, withTarget, type TargetRow } from './document-form-values';

const kindOptions = CIRCULATION_KINDS.map((kind) => ({
  value: kind,
  label: CIRCULATION_KIND_LABELS[kind],
}));
const categoryOptions = PRACTICE_CATEGORIES.map((category) => ({
  value: category,
  label: categoryTargetLabel(category),
}));

/** What the clerk has chosen below 传阅方式 so far: a value and the name to show for it. */
type Choice = { value: string; name: string } | undefined;

function categoryOf(pick: Choice): PracticeCategory | undefined {
  return PRACTICE_CATEGORIES.find((c) => c === pick?.value);
}

/** The target the choices make, or null while one is missing. */
function targetOf(kind: CirculationKind | undefined, pick: Choice): TargetRow | null {
  if (!kind) return null;
  const make = (target: CirculationTarget) => targetRowOf(target, pick?.name);
  switch (kind) {
    case 'ALL_LAWYERS':
    case 'FIRM_HEADS':
      return make({ kind });
    case 'PRACTICE_CATEGORY': {
      const category = categoryOf(pick);
      return category ? make({ kind, category }) : null;
    }
    case 'ORGANISATION':
      return pick ? make({ kind, organisationId: pick.value }) : null;
    case 'GROUP':
      return pick ? make({ kind, groupId: pick.value }) : null;
    case 'MEMBER':
      return pick ? make({ kind, accountId: pick.value }) : null;
  }
}

const LIST_STYLE: CSSProperties = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  border: '1px solid #f0f0f0',
  borderRadius: 6,
};
const ITEM_STYLE: CSSProperties = {
  display: 'flex',
  justifyContent: 'space-between',
  alignItems: 'center',
  gap: 8,
  padding: '6px 12px',
  borderBottom: '1px solid #f0f0f0',
};

const PICK_LABELS: Partial<Record<CirculationKind, string>> = {
  PRACTICE_CATEGORY: '执业类别',
  ORGANISATION: '机构',
  GROUP: '传阅组',
  MEMBER: '人员',
};

type Props = {
  /** From Form.Item: the 传阅对象 label points at the 传阅方式 select. */
  id?: string;
  value?: TargetRow[];
  onChange?: (value: TargetRow[]) => void;
};

/**
 * 传阅对象: the clerk picks a kind (全部律师, 按执业类别, …), then what it needs (a category, an
 * organisation, a group, a person), and adds it with 添加传阅对象; each target added is a row with
 * its readable label and 移除.
 */
export function CirculationEditor({ id, value = [], onChange }: Props) {
  const pickId = useId();
  const [kind, setKind] = useState<CirculationKind | undefined>(undefined);
  const [pick, setPick] = useState<Choice>(undefined);
  const row = targetOf(kind, pick);
  const duplicate = row ? value.some((r) => r.key === row.key) : false;
  const pickLabel = kind ? PICK_LABELS[kind] : undefined;

  const choose = (next: string | undefined, name: string | undefined) =>
    setPick(next ? { value: next, name: name ?? '' } : undefined);

  const add = () => {
    if (!row || duplicate) return;
    onChange?.(withTarget(value, row));
    setPick(undefined);
  };

  const remove = (key: string) => onChange?.(value.filter((r) => r.key !== key));

  return (
    <Flex vertical gap={12}>
      <Row gutter={[12, 12]} align="bottom">
        <Col xs={24} md={8}>
          <Select
            id={id}
            value={kind}
            placeholder="选择传阅方式"
            options={kindOptions}
            onChange={(next: CirculationKind) => {
              setKind(next);
              setPick(undefined);
            }}
            style={{ width: '100%' }}
          />
        </Col>
        {pickLabel ? (
          <Col xs={24} md={10}>
            <Flex vertical gap={4}>
              <label htmlFor={pickId}>{pickLabel}</label>
              {kind === 'PRACTICE_CATEGORY' ? (
                <Select
                  id={pickId}
                  value={categoryOf(pick)}
                  placeholder="选择执业类别"
                  options={categoryOptions}
                  onChange={(next: PracticeCategory) => choose(next, categoryTargetLabel(next))}
                  style={{ width: '100%' }}
                />
              ) : kind === 'ORGANISATION' ? (
                <OrganisationSelect
                  id={pickId}
                  value={pick?.value}
                  onChange={(next, org) => choose(next, org ? `${org.name}全体人员` : undefined)}
                />
              ) : kind === 'GROUP' ? (
                <GroupSelect
                  id={pickId}
                  value={pick?.value}
                  onChange={(next, group) => choose(next, group?.name)}
                />
              ) : (
                <PersonSelect
                  id={pickId}
                  value={pick?.value}
                  onChange={(next, person) => choose(next, person?.name)}
                />
              )}
            </Flex>
          </Col>
        ) : null}
        <Col xs={24} md={6}>
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={add}
            disabled={!row || duplicate}
            block
          >
            添加传阅对象
          </Button>
        </Col>
      </Row>
      {duplicate ? <Typography.Text type="secondary">该传阅对象已添加</Typography.Text> : null}
      {value.length === 0 ? (
        <Typography.Text type="secondary">尚未添加传阅对象</Typography.Text>
      ) : (
        <ul aria-label="已添加的传阅对象" style={LIST_STYLE}>
          {value.map((item) => (
            <li key={item.key} style={ITEM_STYLE}>
              <span style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                <Typography.Text type="secondary">
                  {CIRCULATION_KIND_LABELS[item.target.kind]}：
                </Typography.Text>
                {item.label}
              </span>
              <Button
                type="link"
                danger
                size="small"
                icon={<DeleteOutlined aria-hidden />}
                aria-label={`移除 ${item.label}`}
                onClick={() => remove(item.key)}
              >
                移除
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
