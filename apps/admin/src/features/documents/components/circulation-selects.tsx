import { Select } from 'antd';
import type { CirculationOrganisation, CirculationPerson } from '@lx/shared/document-schemas';
import { useEffect, useState } from 'react';
import {
  useCirculationGroups,
  useCirculationOrganisations,
  useCirculationPeople,
} from '../api/circulation';

// The pickers of the circulation (传阅对象, 传阅组成员): searched on the server as the clerk types.

/** What was typed, once typing has paused: one request per pause, not per key. */
function useSettled(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value.trim()), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** "张三（执业证号 … · 某某律师事务所）": the name, and what tells two of that name apart. */
export function personText(person: CirculationPerson): string {
  return person.detail ? `${person.name}（${person.detail}）` : person.name;
}

type SingleProps<T> = {
  id?: string;
  value?: string;
  onChange: (value: string | undefined, picked: T | undefined) => void;
};

/** 机构全体人员: an organisation, searched by name. */
export function OrganisationSelect({ id, value, onChange }: SingleProps<CirculationOrganisation>) {
  const [typed, setTyped] = useState('');
  const q = useSettled(typed);
  const list = useCirculationOrganisations(q);
  const items = list.data ?? [];
  return (
    <Select
      id={id}
      value={value}
      placeholder="输入机构名称搜索"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={list.isFetching}
      notFoundContent={list.isFetching ? '搜索中…' : '没有找到机构'}
      options={items.map((o) => ({ value: o.id, label: o.name }))}
      onChange={(next: string | undefined) =>
        onChange(
          next,
          items.find((o) => o.id === next),
        )
      }
      style={{ width: '100%' }}
    />
  );
}

/** 指定人员: a lawyer (by name or 执业证号) or an organisation's account (by name). */
export function PersonSelect({ id, value, onChange }: SingleProps<CirculationPerson>) {
  const [typed, setTyped] = useState('');
  const q = useSettled(typed);
  const list = useCirculationPeople(q);
  const items = list.data ?? [];
  return (
    <Select
      id={id}
      value={value}
      placeholder="输入姓名、执业证号或机构名称搜索"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={list.isFetching}
      notFoundContent={list.isFetching ? '搜索中…' : '没有找到人员'}
      options={items.map((p) => ({ value: p.accountId, label: personText(p) }))}
      onChange={(next: string | undefined) =>
        onChange(
          next,
          items.find((p) => p.accountId === next),
        )
      }
      style={{ width: '100%' }}
    />
  );
}

/** 传阅组: one of the named groups (the whole list; there are few). */
export function GroupSelect({ id, value, onChange }: SingleProps<{ id: string; name: string }>) {
  const groups = useCirculationGroups();
  const items = groups.data ?? [];
  return (
    <Select
      id={id}
      value={value}
      placeholder={groups.isError ? '传阅组载入失败' : '选择传阅组'}
      showSearch={{ optionFilterProp: 'label' }}
      loading={groups.isPending}
      notFoundContent="暂无传阅组，请先在“传阅组”中新建"
      options={items.map((g) => ({ value: g.id, label: `${g.name}（${g.memberCount} 人）` }))}
      onChange={(next: string | undefined) =>
        onChange(
          next,
          items.find((g) => g.id === next),
        )
      }
      style={{ width: '100%' }}
    />
  );
}

/**
 * 成员 of a 传阅组: several people, searched on the server; the chosen ones keep their names (from
 * the group as loaded, or from the search they were picked in) whatever the current search shows.
 */
export function PeopleSelect({
  id,
  value = [],
  onChange,
  initialPeople,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** The members as loaded (their names); read once. */
  initialPeople: readonly CirculationPerson[];
}) {
  const [typed, setTyped] = useState('');
  const q = useSettled(typed);
  const list = useCirculationPeople(q);
  const [known, setKnown] = useState(
    () => new Map(initialPeople.map((p) => [p.accountId, p] as const)),
  );
  const found = list.data ?? [];
  const chosen = value.flatMap((accountId) => {
    const person = known.get(accountId);
    return person ? [person] : [];
  });
  const shown = [...chosen, ...found.filter((p) => !value.includes(p.accountId))];

  const change = (next: string[]) => {
    const more = found.filter((p) => next.includes(p.accountId) && !known.has(p.accountId));
    if (more.length > 0)
      setKnown(new Map([...known, ...more.map((p) => [p.accountId, p] as const)]));
    onChange?.(next);
  };

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      placeholder="输入姓名、执业证号或机构名称搜索后选择"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={list.isFetching}
      notFoundContent={list.isFetching ? '搜索中…' : '没有找到人员'}
      options={shown.map((p) => ({ value: p.accountId, label: personText(p) }))}
      onChange={change}
      style={{ width: '100%' }}
    />
  );
}
