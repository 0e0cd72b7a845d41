import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

type ApplyStepActionsProps = {
  /** Absent on the first step. */
  onPrevious?: () => void;
  /** The manual's wording of the step's "下一步" button. */
  nextLabel?: string;
  /** Absent on the preview step, whose own button submits the application. */
  onNext?: () => void;
  nextLoading?: boolean;
  /** Shown under the buttons: why "下一步" was refused, or what the step's button does. */
  hint?: ReactNode;
  children?: ReactNode;
};

/** The wizard's "上一步" / "下一步" bar, outside the step's form. */
export function ApplyStepActions({
  onPrevious,
  nextLabel = '下一步',
  onNext,
  nextLoading,
  hint,
  children,
}: ApplyStepActionsProps) {
  return (
    <Flex vertical align="center" gap={8} style={{ marginTop: 24 }}>
      <Flex gap={12} wrap justify="center">
        {onPrevious ? <Button onClick={onPrevious}>上一步</Button> : null}
        {onNext ? (
          <Button type="primary" onClick={onNext} loading={nextLoading}>
            {nextLabel}
          </Button>
        ) : null}
        {children}
      </Flex>
      {hint}
    </Flex>
  );
}
