import { App } from 'antd';
import { useEffect, useState } from 'react';
import type { CertificateApplication, CertificateWizard } from '@lx/shared/certificate-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useStepInAddress, WizardSteps } from '@lx/ui/wizard-steps';
import { useSaveCertificateDraft } from '../api/save-certificate-draft';
import {
  applicationInputOf,
  initialDraft,
  withType,
  type ApplicationDraft,
} from './application-draft';
import { ApplicantStep } from './applicant-step';
import { DetailsStep } from './details-step';
import { PreviewStep } from './preview-step';
import { SubmittedStep } from './submitted-step';
import { TypeStep } from './type-step';

const APPLY_STEPS = [
  { step: 1, title: '信息确认', description: '核对申请人信息' },
  { step: 2, title: '选择证明类型', description: '选择证明并预览模板' },
  { step: 3, title: '信息填写', description: '填写申请信息' },
  { step: 4, title: '证明预览', description: '确认无误后提交申请' },
  { step: 5, title: '提交成功', description: '查看证明或再次申请' },
] as const;
const PREVIEW_STEP = 4;
const SUBMITTED_STEP = 5;

type StepGate = { reached: number; hasType: boolean; detailsReady: boolean };

/**
 * The step the wizard can show for a wanted one: not past the furthest step reached, 信息填写 only
 * with a type chosen, 证明预览 only with the details complete (提交成功 only after submitting).
 */
function allowedStep(wanted: number, gate: StepGate): number {
  let step = Math.max(1, Math.min(wanted, gate.reached, PREVIEW_STEP));
  if (step >= 3 && !gate.hasType) step = 2;
  if (step === PREVIEW_STEP && !gate.detailsReady) step = 3;
  return step;
}

type CertificateApplyWizardProps = {
  wizard: CertificateWizard;
  /** 再次申请: a fresh wizard at step 1. */
  onRestart: () => void;
};

/**
 * The five-step application. The step is in the address (`?step=N`) and every 下一步 saves the
 * draft on the server, so reloading, or leaving and coming back, resumes at the same place with
 * the same input.
 */
export function CertificateApplyWizard({ wizard, onRestart }: CertificateApplyWizardProps) {
  const { message } = App.useApp();
  const { requested, showStep } = useStepInAddress(SUBMITTED_STEP);
  const [draft, setDraft] = useState<ApplicationDraft>(() => initialDraft(wizard));
  const [reached, setReached] = useState(() => wizard.draft?.step ?? 1);
  const [submitted, setSubmitted] = useState<CertificateApplication | null>(null);
  const [returnedErrors, setReturnedErrors] = useState<Record<string, string> | null>(null);
  const [typeRefusal, setTypeRefusal] = useState<string | null>(null);
  const saveDraft = useSaveCertificateDraft();

  const type = wizard.types.find((t) => t.id === draft.typeId);
  const gate: StepGate = {
    reached,
    hasType: type !== undefined,
    detailsReady: type !== undefined && applicationInputOf(type, draft) !== null,
  };
  const current = submitted ? SUBMITTED_STEP : allowedStep(requested ?? reached, gate);

  useEffect(() => {
    if (requested !== current) showStep(current, { replace: true });
  }, [requested, current, showStep]);

  const goTo = (step: number) => {
    setReached((furthest) => Math.max(furthest, step));
    showStep(step);
  };

  /** 下一步: keep the input, save it with the step it leads to as the draft, then go there. */
  const advance = async (next: ApplicationDraft, step: number) => {
    setDraft(next);
    await saveDraft.mutateAsync({ step, input: next });
    goTo(step);
  };
  const advanceOrSay = async (next: ApplicationDraft, step: number) => {
    try {
      await advance(next, step);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const refused = (fieldErrors: Record<string, string>) => {
    if (fieldErrors.typeId) {
      setTypeRefusal(fieldErrors.typeId);
      goTo(2);
      return;
    }
    setReturnedErrors(fieldErrors);
    goTo(3);
  };

  const restart = () => {
    showStep(1);
    onRestart();
  };

  return (
    <>
      <WizardSteps
        steps={APPLY_STEPS}
        current={current}
        onChange={goTo}
        // Steps already open can be revisited from the bar; later ones only through 下一步, and
        // nothing once the application is submitted.
        isDisabled={(step) => submitted !== null || allowedStep(step, gate) !== step}
      />
      <div key={current}>
        {current === 1 ? (
          <ApplicantStep
            applicant={wizard.applicant}
            onNext={() => void advanceOrSay(draft, 2)}
            nextLoading={saveDraft.isPending}
          />
        ) : null}
        {current === 2 ? (
          <TypeStep
            wizard={wizard}
            draft={draft}
            refusal={typeRefusal}
            onPrevious={(typeId) => {
              if (typeId) setDraft(withType(draft, typeId));
              goTo(1);
            }}
            onNext={(typeId) => {
              setTypeRefusal(null);
              void advanceOrSay(withType(draft, typeId), 3);
            }}
            nextLoading={saveDraft.isPending}
          />
        ) : null}
        {current === 3 && type ? (
          <DetailsStep
            type={type}
            roster={wizard.roster}
            draft={draft}
            returnedErrors={returnedErrors}
            onPrevious={(typed) => {
              setDraft(typed);
              setReturnedErrors(null);
              goTo(2);
            }}
            onNext={async (next) => {
              await advance(next, PREVIEW_STEP);
              setReturnedErrors(null);
            }}
            nextLoading={saveDraft.isPending}
          />
        ) : null}
        {current === PREVIEW_STEP && type ? (
          <PreviewStep
            wizard={wizard}
            type={type}
            draft={draft}
            onPrevious={() => goTo(3)}
            onSubmitted={(application) => {
              setSubmitted(application);
              showStep(SUBMITTED_STEP);
            }}
            onFieldErrors={refused}
          />
        ) : null}
        {current === SUBMITTED_STEP && submitted ? (
          <SubmittedStep application={submitted} onRestart={restart} />
        ) : null}
      </div>
    </>
  );
}
