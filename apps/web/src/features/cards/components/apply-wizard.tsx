import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  CARD_PHOTO_SOURCES,
  type CardApplication,
  type CardOverview,
  type CardPhotoSource,
} from '@lx/shared/card-schemas';
import type { CardApplicationKind } from '@lx/shared/card-workflow';
import { useStepInAddress, WizardSteps } from '@lx/ui/wizard-steps';
import { paths } from '@/config/paths';
import { ApplyConfirmStep } from './apply-confirm-step';
import { ApplyPhotoStep } from './apply-photo-step';
import { ApplyPracticeStep } from './apply-practice-step';
import { chosenPhotoUrl } from './chosen-photo';

const APPLY_STEPS = [
  { step: 1, title: '执业信息', description: '确认执业信息登记是否正确' },
  { step: 2, title: '上传照片', description: '上传本人近期证件照' },
  { step: 3, title: '确认信息', description: '确认信息无误后，提交会员卡申请' },
] as const;
const LAST_STEP = APPLY_STEPS.length;

/**
 * The photo source named by `?photo=`; without one (or naming a profile photo there is none of)
 * the profile's photo when there is one, else a new upload.
 */
function photoSourceFrom(value: string | null, overview: CardOverview): CardPhotoSource {
  const named = CARD_PHOTO_SOURCES.find((source) => source === value);
  if (named === 'uploaded' || (named === 'profile' && overview.profilePhoto)) return named;
  return overview.profilePhoto ? 'profile' : 'uploaded';
}

type ApplyWizardProps = {
  kind: CardApplicationKind;
  overview: CardOverview;
  onSubmitted: (application: CardApplication) => void;
};

/**
 * The three-step application. The step and the chosen photo are in the address (`?step=N&photo=`),
 * so reloading keeps the place; 确认信息 needs a photo, without one the wizard shows 上传照片.
 */
export function ApplyWizard({ kind, overview, onSubmitted }: ApplyWizardProps) {
  const navigate = useNavigate();
  const { requested, searchParams, showStep } = useStepInAddress(LAST_STEP);
  // Kept here as well as in the address: the radio must follow a click at once, and the router
  // applies a new address a moment later.
  const [source, setSource] = useState(() => photoSourceFrom(searchParams.get('photo'), overview));
  const photoReady = chosenPhotoUrl(overview, source) !== null;
  const current = requested === null ? 1 : requested === LAST_STEP && !photoReady ? 2 : requested;

  useEffect(() => {
    if (requested !== current) showStep(current, { replace: true, params: { photo: source } });
  }, [requested, current, source, showStep]);

  const goTo = (step: number) => showStep(step, { params: { photo: source } });
  const choosePhoto = (next: CardPhotoSource) => {
    setSource(next);
    showStep(current, { replace: true, params: { photo: next } });
  };

  return (
    <>
      <WizardSteps
        steps={APPLY_STEPS}
        current={current}
        onChange={goTo}
        // Steps already passed can be revisited from the bar; later ones only through 下一步.
        isDisabled={(step) => step > current}
      />
      <div key={current}>
        {current === 1 ? (
          <ApplyPracticeStep
            kind={kind}
            practice={overview.practice}
            onPrevious={() => void navigate(paths.cards.getHref())}
            onNext={() => goTo(2)}
          />
        ) : null}
        {current === 2 ? (
          <ApplyPhotoStep
            overview={overview}
            source={source}
            onSourceChange={choosePhoto}
            onPrevious={() => goTo(1)}
            onNext={() => goTo(3)}
          />
        ) : null}
        {current === 3 ? (
          <ApplyConfirmStep
            kind={kind}
            overview={overview}
            source={source}
            onPrevious={() => goTo(2)}
            onSubmitted={onSubmitted}
          />
        ) : null}
      </div>
    </>
  );
}
