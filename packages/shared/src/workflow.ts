// Every workflow (profile review, card application, certificate application, ticket…) is one table
// of this shape, so the API's guarded updates, the pages' buttons and the state tags all read the
// same data. See CONTRIBUTING.md, "工作流（状态机）".

/** Colours a state tag may have: antd's status colours and a few of its preset colours. */
export type StateColor =
  | 'default'
  | 'processing'
  | 'success'
  | 'warning'
  | 'error'
  | 'blue'
  | 'cyan'
  | 'geekblue'
  | 'purple'
  | 'gold';

export type Transition<S extends string, R extends string> = {
  /** The states the action may start from. */
  readonly from: readonly S[];
  /** The state the action leads to. */
  readonly to: S;
  /** Who may take it (a role of this workflow, e.g. reviewer, applicant, system). */
  readonly by: R;
  /** The action's name as the pages show it (button text, 已… messages). */
  readonly label: string;
  /**
   * From-states the action is allowed in but leaves as they are (taking over a ticket that is
   * already answered keeps it 已回复). Each must also be in `from`.
   */
  readonly stays?: readonly S[];
};

export type Workflow<S extends string, R extends string, A extends string> = {
  readonly states: readonly S[];
  readonly labels: Readonly<Record<S, string>>;
  readonly colors: Readonly<Record<S, StateColor>>;
  readonly transitions: Readonly<Record<A, Transition<S, R>>>;
};

/** Checks a table against its states (every label, colour and transition names a known state). */
export function defineWorkflow<
  const S extends string,
  const R extends string,
  const A extends string,
>(workflow: {
  states: readonly S[];
  labels: Record<NoInfer<S>, string>;
  colors: Record<NoInfer<S>, StateColor>;
  transitions: Record<A, Transition<NoInfer<S>, R>>;
}): Workflow<S, R, A> {
  return workflow;
}

export type StateOf<W> = W extends Workflow<infer S, string, string> ? S : never;
export type RoleOf<W> = W extends Workflow<string, infer R, string> ? R : never;
export type ActionOf<W> = W extends Workflow<string, string, infer A> ? A : never;

/** Whether `action` may be taken from `state`: the one check the API and the pages both make. */
export function canApply<S extends string, A extends string>(
  workflow: Workflow<S, string, A>,
  action: NoInfer<A>,
  state: NoInfer<S>,
): boolean {
  return workflow.transitions[action].from.includes(state);
}

/** The state `action` leads to from `state` (its `to`, unless the state is one it `stays` in). */
export function targetOf<S extends string, A extends string>(
  workflow: Workflow<S, string, A>,
  action: NoInfer<A>,
  state: NoInfer<S>,
): S {
  const transition = workflow.transitions[action];
  return transition.stays?.includes(state) ? state : transition.to;
}

/** The actions `by` may take from `state`, in the table's order. */
export function actionsFrom<S extends string, R extends string, A extends string>(
  workflow: Workflow<S, R, A>,
  state: NoInfer<S>,
  by?: NoInfer<R>,
): A[] {
  return (Object.keys(workflow.transitions) as A[]).filter(
    (action) =>
      (by === undefined || workflow.transitions[action].by === by) &&
      canApply(workflow, action, state),
  );
}

/** A state no action leaves: the record is finished (关闭, 撤回, 已领取…). */
export function isFinalState<S extends string>(
  workflow: Workflow<S, string, string>,
  state: NoInfer<S>,
): boolean {
  return actionsFrom(workflow, state).length === 0;
}
