import { Button, Flex, Typography, type ButtonProps } from 'antd';
import { useId } from 'react';
import type { z } from 'zod';
import type { windowSchema } from '@lx/shared/event-schemas';

type TimeWindow = z.infer<typeof windowSchema>;

/**
 * A member's action that has a time window (取消报名, 请假): enabled while it is open, otherwise
 * disabled with the reason written under it (and tied to it for screen readers), not hidden in a
 * tooltip.
 */
export function WindowButton({
  timeWindow,
  children,
  ...button
}: Omit<ButtonProps, 'disabled'> & { timeWindow: TimeWindow }) {
  const reasonId = useId();
  const reason = timeWindow.open ? null : timeWindow.reason;
  return (
    <Flex vertical gap={2} style={{ maxWidth: 320 }}>
      <div>
        <Button
          {...button}
          disabled={reason !== null}
          aria-describedby={reason !== null ? reasonId : undefined}
        >
          {children}
        </Button>
      </div>
      {reason !== null ? (
        <Typography.Text id={reasonId} type="secondary" style={{ fontSize: 12 }}>
          {reason}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
