import { Alert, App } from 'antd';
import { useEffect } from 'react';
import { BASIC_STEPS } from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useStepInAddress, WizardSteps } from '@lx/ui/wizard-steps';
import { useSaveBasicStep } from '../api/save-basic-step';
import { BasicConfirmStep } from './basic-confirm-step';
import { BasicContactStep } from './basic-contact-step';
import { BasicPersonalStep } from './basic-personal-step';
import { BasicPhotoStep } from './basic-photo-step';
import { BasicPracticeRecordStep } from './basic-practice-record-step';
import { BasicPracticeStep } from './basic-practice-step';

const LAST_STEP = BASIC_STEPS.length;

/** The furthest step the saved drafts lead to: going back to step 1 does not lock them away. */
function savedUpTo(info: BasicInfo): number {
  if (info.contact) return 6;
  if (info.practice) return 5;
  if (info.personal) return 4;
  return info.photo ? 3 : 1;
}

/**
 * The six-step 基本信息 wizard. The step is in the address (`?step=N`), so reloading or sharing
 * keeps it; without one the wizard resumes where the server says the lawyer left off.
 */
export function BasicWizard({ info }: { info: BasicInfo }) {
  const { message } = App.useApp();
  const { requested, showStep } = useStepInAddress(LAST_STEP);
  const current = requested ?? info.step;
  const readOnly = info.editMode === 'locked';
  const progress = useSaveBasicStep();

  useEffect(() => {
    if (requested === null) showStep(info.step, { replace: true });
  }, [requested, info.step, showStep]);

  const goTo = (step: number) => showStep(step);
  const previous = () => goTo(Math.max(1, current - 1));
  const next = () => goTo(Math.min(LAST_STEP, current + 1));

  /** "下一步" of steps 1 and 2, which have no form: only the progress is recorded. */
  const advance = async () => {
    if (readOnly) {
      next();
      return;
    }
    try {
      // The resume point is where the lawyer last moved on, as the server does for steps 3–5.
      await progress.mutateAsync({ kind: 'step', step: current + 1 });
      next();
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  // Steps already reached can be revisited from the step bar; later ones only through "下一步".
  const reachable =
    readOnly || info.confirmedAt ? LAST_STEP : Math.max(info.step, current, savedUpTo(info));

  return (
    <>
      {readOnly ? (
        <Alert
          type="warning"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title="您的材料已经提交审核，目前正在审核中！如需修改请先撤回信息补全申请。"
        />
      ) : null}
      <WizardSteps
        steps={BASIC_STEPS}
        current={current}
        onChange={goTo}
        isDisabled={(step) => step > reachable}
      />
      <div key={current}>
        {current === 1 ? (
          <BasicPracticeRecordStep
            record={info.practiceRecord}
            onNext={() => void advance()}
            nextLoading={progress.isPending}
          />
        ) : null}
        {current === 2 ? (
          <BasicPhotoStep
            photo={info.photo}
            readOnly={readOnly}
            onPrevious={previous}
            onNext={() => void advance()}
            nextLoading={progress.isPending}
          />
        ) : null}
        {current === 3 ? (
          <BasicPersonalStep info={info} readOnly={readOnly} onPrevious={previous} onNext={next} />
        ) : null}
        {current === 4 ? (
          <BasicPracticeStep info={info} readOnly={readOnly} onPrevious={previous} onNext={next} />
        ) : null}
        {current === 5 ? (
          <BasicContactStep info={info} readOnly={readOnly} onPrevious={previous} onNext={next} />
        ) : null}
        {current === 6 ? (
          <BasicConfirmStep info={info} readOnly={readOnly} onPrevious={previous} />
        ) : null}
      </div>
    </>
  );
}
