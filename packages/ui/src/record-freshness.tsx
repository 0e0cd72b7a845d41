import { ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';

/**
 * Query options for a record a member of staff decides on (a profile, a card application, a
 * certificate): read again each time the page opens and each time the window regains focus, so
 * a reviewer who comes back to it sees what the member did in between (issue 19: a profile
 * reopened 30 s after its rejection still showed 已驳回 after the lawyer had resubmitted).
 */
export const FRESH_RECORD = {
  staleTime: 0,
  refetchOnMount: 'always',
  refetchOnWindowFocus: 'always',
} as const;

/** 刷新: reads the record again; spins while it is being read. */
export function RefreshButton({
  fetching,
  onRefresh,
}: {
  fetching: boolean;
  onRefresh: () => unknown;
}) {
  return (
    <Button icon={<ReloadOutlined />} loading={fetching} onClick={() => void onRefresh()}>
      刷新
    </Button>
  );
}

/** What the page shows of a record to tell whether, and how, it changed. */
export type RecordSnapshot<State extends string = string> = {
  id: string;
  version: number;
  state: State;
};

/**
 * Tells the reviewer when the record changed while its page was open — found on returning to the
 * window, on 刷新, or after the server refused an action on the old version (409) and the page
 * read it again — and what changed. A change this page made itself (a successful action) is not
 * reported.
 */
export function useRecordChangeNotice<State extends string>(
  snapshot: RecordSnapshot<State> | undefined,
  stateLabels: Record<State, string>,
  noun: string,
): { notice: string | null; dismiss: () => void } {
  const queryClient = useQueryClient();
  // Counts this page's successful actions: a new version read after one of them is its own.
  const [ownChanges, setOwnChanges] = useState(0);
  const [seen, setSeen] = useState<{
    snapshot: RecordSnapshot<State>;
    ownChanges: number;
  } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') {
          setOwnChanges((n) => n + 1);
        }
      }),
    [queryClient],
  );

  // Compared while rendering (React's way to adjust state to new props), not in an effect.
  if (
    snapshot &&
    (seen === null ||
      seen.snapshot.id !== snapshot.id ||
      seen.snapshot.version !== snapshot.version)
  ) {
    const before = seen?.snapshot;
    // Only what is compared is kept (the page may pass its whole record).
    setSeen({
      snapshot: { id: snapshot.id, version: snapshot.version, state: snapshot.state },
      ownChanges,
    });
    if (!before || before.id !== snapshot.id || seen?.ownChanges !== ownChanges) {
      setNotice(null);
    } else {
      const what =
        before.state === snapshot.state
          ? '内容已更新'
          : `状态已由「${stateLabels[before.state]}」变为「${stateLabels[snapshot.state]}」`;
      setNotice(`该${noun}在您打开后已有变动：${what}。页面已显示最新内容，请核对后再操作。`);
    }
  }

  return { notice, dismiss: () => setNotice(null) };
}

/** The notice of `useRecordChangeNotice`, above the record. */
export function RecordChangeAlert({
  notice,
  onClose,
}: {
  notice: string | null;
  onClose: () => void;
}) {
  if (!notice) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      closable={{ 'aria-label': '关闭提示' }}
      onClose={onClose}
      title={notice}
      style={{ marginBottom: 16 }}
    />
  );
}
