import { Card, Flex, Typography } from 'antd';
import { TRAINING_KIND_LABELS } from '@lx/shared/training-kinds';
import { TRAINING_SOURCE_LABELS, type TrainingEntry } from '@lx/shared/training-schemas';
import { EntryHours, EntryTitle } from './entry-title';
import { hoursText } from './training-texts';

/** 学时明细 on a phone: a card each, newest date first. */
export function EntryCards({ entries }: { entries: TrainingEntry[] }) {
  return (
    <Flex vertical gap={12} role="list" aria-label="学时明细">
      {entries.map((entry) => (
        <div role="listitem" key={entry.id}>
          <Card size="small">
            <Flex justify="space-between" align="flex-start" gap={8}>
              <EntryTitle entry={entry} />
              <span style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
                <EntryHours entry={entry} text={`${hoursText(entry.hours)} 学时`} />
              </span>
            </Flex>
            <Flex vertical gap={2} style={{ fontSize: 13, marginTop: 4 }}>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {`主办方：${entry.organiser}`}
              </Typography.Text>
              <Typography.Text type="secondary">
                {`${entry.date} · ${TRAINING_KIND_LABELS[entry.kind]} · ${TRAINING_SOURCE_LABELS[entry.source]}`}
              </Typography.Text>
            </Flex>
          </Card>
        </div>
      ))}
    </Flex>
  );
}
