import { useTranslation } from 'react-i18next';
import type { ModelId } from '../../../shared/analysis/types';

/** A short guide to the model: what it is, strengths, weaknesses, who uses it (shared/i18n). */
export function ModelGuide({ model }: { model: ModelId }) {
  const { t } = useTranslation('ui');
  return (
    <details className="guide" data-testid="analysis.guide" open>
      <summary>{t('analysis.guide')}</summary>
      <ModelGuideText model={model} />
    </details>
  );
}

/** The guide's text for one model; also used by Help ▸ Model Guide, which shows all five. */
export function ModelGuideText({ model }: { model: ModelId }) {
  const { t } = useTranslation('ui');
  const { t: ta } = useTranslation('analysis');
  return (
    <>
      <p>{ta(`models.${model}.summary`)}</p>
      <h4>{t('analysis.strengths')}</h4>
      <p>{ta(`models.${model}.strengths`)}</p>
      <h4>{t('analysis.weaknesses')}</h4>
      <p>{ta(`models.${model}.weaknesses`)}</p>
      <h4>{t('analysis.examples')}</h4>
      <p>{ta(`models.${model}.usedBy`)}</p>
    </>
  );
}
