import { Flex, Tag, Typography } from 'antd';
import type { TrainingEntry } from '@lx/shared/training-schemas';

/**
 * The course of a ledger line, with what became of it: 已冲销 (a later line cancels it), or
 * 冲销 — the cancelling line itself, with its reason.
 */
export function EntryTitle({ entry }: { entry: TrainingEntry }) {
  const reversal = entry.reversesId !== null;
  return (
    <Flex vertical gap={2} align="flex-start">
      <Flex wrap gap={6} align="center">
        <span style={{ overflowWrap: 'anywhere' }}>{entry.title}</span>
        {entry.reversed ? <Tag style={{ marginInlineEnd: 0 }}>已冲销</Tag> : null}
        {reversal ? (
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            冲销
          </Tag>
        ) : null}
      </Flex>
      {reversal && entry.reason ? (
        <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
          {`冲销原因：${entry.reason}`}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** An entry's hours; a reversed line's no longer count, so they are struck through. */
export function EntryHours({ entry, text }: { entry: TrainingEntry; text: string }) {
  return <Typography.Text delete={entry.reversed}>{text}</Typography.Text>;
}
