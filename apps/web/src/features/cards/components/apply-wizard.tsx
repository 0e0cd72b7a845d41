import { Grid, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  CARD_PHOTO_SOURCES,
  type CardApplication,
  type CardOverview,
  type CardPhotoSource,
} from '@lx/shared/card-schemas';
import type { CardApplicationKind } from '@lx/shared/card-workflow';
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

/** The step named by `?step=`, or null when it is absent or not a step. */
function stepFromSearch(value: string | null): number | null {
  const step = Number(value);
  return value && Number.isInteger(step) && step >= 1 && step <= LAST_STEP ? step : null;
}

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
  const screens = Grid.useBreakpoint();
  const phone = screens.md !== true;
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = stepFromSearch(searchParams.get('step'));
  // Kept here as well as in the address: the radio must follow a click at once, and the router
  // applies a new address a moment later.
  const [source, setSource] = useState(() => photoSourceFrom(searchParams.get('photo'), overview));
  const photoReady = chosenPhotoUrl(overview, source) !== null;
  const current = requested === null ? 1 : requested === LAST_STEP && !photoReady ? 2 : requested;

  useEffect(() => {
    if (requested !== current) {
      setSearchParams({ step: String(current), photo: source }, { replace: true });
    }
  }, [requested, current, source, setSearchParams]);

  // A new step starts at its top, as a new page would.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [current]);

  const goTo = (step: number) => setSearchParams({ step: String(step), photo: source });
  const choosePhoto = (next: CardPhotoSource) => {
    setSource(next);
    setSearchParams({ step: String(current), photo: next }, { replace: true });
  };

  return (
    <>
      <Steps
        current={current - 1}
        orientation={phone ? 'vertical' : 'horizontal'}
        size={phone ? 'small' : 'medium'}
        onChange={(index) => goTo(index + 1)}
        items={APPLY_STEPS.map((item) => ({
          title: item.title,
          content: item.description,
          // Steps already passed can be revisited from the bar; later ones only through 下一步.
          disabled: item.step > current,
        }))}
        style={{ marginBottom: 24 }}
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
