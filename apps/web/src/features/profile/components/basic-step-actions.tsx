import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

type BasicStepActionsProps = {
  /** Absent on the first step. */
  onPrevious?: () => void;
  /** Absent on the last step, whose own button finishes the wizard. */
  onNext?: () => void;
  nextDisabled?: boolean;
  nextLoading?: boolean;
  /** Shown under the buttons: why "下一步" is not available yet, or what it does. */
  hint?: ReactNode;
  children?: ReactNode;
};

/**
 * The wizard's "上一步" / "下一步" bar. It sits outside the step's form: a disabled (read-only)
 * form disables every button inside it, and moving between steps must still work then.
 */
export function BasicStepActions({
  onPrevious,
  onNext,
  nextDisabled,
  nextLoading,
  hint,
  children,
}: BasicStepActionsProps) {
  return (
    <Flex vertical align="center" gap={8} style={{ marginTop: 24 }}>
      <Flex gap={12} wrap justify="center">
        <Button onClick={onPrevious} disabled={!onPrevious}>
          上一步
        </Button>
        {onNext ? (
          <Button type="primary" onClick={onNext} disabled={nextDisabled} loading={nextLoading}>
            下一步
          </Button>
        ) : null}
        {children}
      </Flex>
      {hint}
    </Flex>
  );
}
