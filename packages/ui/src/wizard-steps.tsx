import { Grid, Steps } from 'antd';
import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** The step named by `?step=`, or null when it is absent or not one of 1..lastStep. */
export function stepFromSearch(value: string | null, lastStep: number): number | null {
  const step = Number(value);
  return value && Number.isInteger(step) && step >= 1 && step <= lastStep ? step : null;
}

type ShowStepOptions = {
  /** Replace the history entry (correcting the address) instead of adding one (moving on). */
  replace?: boolean;
  /** Other parameters the wizard keeps in the address beside the step. */
  params?: Record<string, string>;
};

/**
 * A wizard's step lives in the address (`?step=N`), so reloading or sharing keeps the place and
 * the browser's back button goes back a step. `requested` is the step the address names (null
 * when none or not a step); the wizard decides what it may show and corrects the address.
 */
export function useStepInAddress(lastStep: number) {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = stepFromSearch(searchParams.get('step'), lastStep);
  const showStep = useCallback(
    (step: number, options: ShowStepOptions = {}) =>
      setSearchParams({ ...options.params, step: String(step) }, { replace: options.replace }),
    [setSearchParams],
  );
  return { requested, searchParams, showStep };
}

export type WizardStep = { step: number; title: string; description: string };

/**
 * The step bar above a wizard: vertical on a phone, and a new step starts at the top of the page,
 * as a new page would. `isDisabled` says which steps the bar may not jump to.
 */
export function WizardSteps({
  steps,
  current,
  onChange,
  isDisabled,
}: {
  steps: readonly WizardStep[];
  current: number;
  onChange: (step: number) => void;
  isDisabled: (step: number) => boolean;
}) {
  const screens = Grid.useBreakpoint();
  const phone = screens.md !== true;

  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [current]);

  return (
    <Steps
      current={current - 1}
      orientation={phone ? 'vertical' : 'horizontal'}
      size={phone ? 'small' : 'medium'}
      onChange={(index) => onChange(index + 1)}
      items={steps.map((item) => ({
        title: item.title,
        content: item.description,
        disabled: isDisabled(item.step),
      }))}
      style={{ marginBottom: 24 }}
    />
  );
}
