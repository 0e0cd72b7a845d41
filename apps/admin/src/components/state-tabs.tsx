import { Tabs } from 'antd';
import { TABS_MORE } from '@lx/ui/accessibility';

/** The 全部 tab: no `state` filter. */
export const ALL_STATES = 'ALL';
export type StateTab<S extends string> = S | typeof ALL_STATES;

/** The tab the `state` filter in the URL names: one of the states, else 全部. */
export function stateTabOf<S extends string>(states: readonly S[], value?: string): StateTab<S> {
  return states.find((s) => s === value) ?? ALL_STATES;
}

/** The state filter of a queue as tabs: 全部 first, then each state, with counts once loaded. */
export function StateTabs<S extends string>(props: {
  states: readonly S[];
  labels: Record<S, string>;
  counts: Partial<Record<S, number>> | undefined;
  active: StateTab<S>;
  onChange: (state: S | undefined) => void;
}) {
  const { states, labels, counts } = props;
  const label = (text: string, count: number | undefined) =>
    count === undefined ? text : `${text} (${count})`;
  const total = counts ? states.reduce((sum, s) => sum + (counts[s] ?? 0), 0) : undefined;
  return (
    <Tabs
      more={TABS_MORE}
      activeKey={props.active}
      onChange={(key) => props.onChange(key === ALL_STATES ? undefined : (key as S))}
      items={[
        { key: ALL_STATES, label: label('全部', total) },
        ...states.map((s) => ({
          key: s,
          label: label(labels[s], counts ? (counts[s] ?? 0) : undefined),
        })),
      ]}
    />
  );
}
