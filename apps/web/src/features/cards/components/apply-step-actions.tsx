import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

type ApplyStepActionsProps = {
  onPrevious: () => void;
  /** Absent on the last step, whose own button submits the application. */
  onNext?: () => void;
  /** Shown under the buttons: why "下一步" was refused, or what to do. */
  hint?: ReactNode;
  children?: ReactNode;
};

/** The wizard's "上一步" / "下一步" bar, outside the step's form. */
export function ApplyStepActions({ onPrevious, onNext, hint, children }: ApplyStepActionsProps) {
  return (
    <Flex vertical align="center" gap={8} style={{ marginTop: 24 }}>
      <Flex gap={12} wrap justify="center">
        <Button onClick={onPrevious}>上一步</Button>
        {onNext ? (
          <Button type="primary" onClick={onNext}>
            下一步
          </Button>
        ) : null}
        {children}
      </Flex>
      {hint}
    </Flex>
  );
}
