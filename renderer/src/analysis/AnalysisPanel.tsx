import { useTranslation } from 'react-i18next';
import { SURVEY_SHARE } from '../../../shared/analysis/survey';
import { MODELS } from '../../../shared/analysis/types';
import { surveyText } from '../../../shared/i18n';
import { useCatalog, useModelName, useReasonText } from '../i18n/analysisText';
import { ModelGuide } from '../help/ModelGuide';
import { useAnalysis } from './useAnalysis';

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** The analysis panel while the analysis is still to come: the title and one line saying so. */
function AnalysisWorking({ title, working, testId }: { title: string; working: string; testId: string }) {
  return (
    <section className="analysis" aria-labelledby="analysis-title" aria-busy="true">
      <h2 id="analysis-title" className="panel-title">
        {title}
      </h2>
      <p className="panel-help" role="status" data-testid={testId}>
        {working}
      </p>
    </section>
  );
}

export function AnalysisPanel() {
  const { t } = useTranslation('ui');
  const modelName = useModelName();
  const reasonText = useReasonText();
  const analysis = useAnalysis();
  const catalog = useCatalog();
  // A big map's first analysis runs once the map is on screen (analysisGate.ts): say so meanwhile.
  if (!analysis) return <AnalysisWorking title={t('analysis.title')} working={t('analysis.working')} testId="analysis.working" />;
  const { classification } = analysis;
  const { model, confidence, scores, reasons, tentative } = classification;
  const undetermined = model === 'undetermined';
  return (
    <section className="analysis" aria-labelledby="analysis-title">
      <h2 id="analysis-title" className="panel-title">
        {t('analysis.title')}
      </h2>
      <div className="analysis__model" data-testid="analysis.model" data-model={model} aria-live="polite">
        <span className="analysis__model-name">{undetermined ? t('analysis.undetermined') : modelName(model)}</span>
        {!undetermined && (
          <span className="analysis__confidence" data-testid="analysis.confidence">
            {t('analysis.confidence')}: {percent(confidence)}
          </span>
        )}
        {!undetermined && tentative && (
          <span className="analysis__tentative" data-testid="analysis.tentative" role="note">
            {catalog.verdict.tentativeHint}
          </span>
        )}
      </div>
      {!undetermined && (
        <p className="analysis__survey" data-testid="analysis.survey">
          {surveyText(SURVEY_SHARE[model], catalog)}
        </p>
      )}
      {undetermined && <p className="panel-help">{t('analysis.undeterminedHelp')}</p>}
      <h3 className="panel-subtitle">{t('analysis.scores')}</h3>
      <ul className="scores" data-testid="analysis.scores">
        {MODELS.map((id) => (
          <li key={id} className={id === model ? 'scores__item is-winner' : 'scores__item'} data-model={id}>
            <span className="scores__name">{modelName(id)}</span>
            <span className="scores__bar" aria-hidden="true">
              <span style={{ width: percent(scores[id]) }} />
            </span>
            <span className="scores__value">{percent(scores[id])}</span>
          </li>
        ))}
      </ul>
      {reasons.length > 0 && (
        <>
          <h3 className="panel-subtitle">{t('analysis.reasons')}</h3>
          <ul className="reasons" data-testid="analysis.reasons">
            {reasons.map((r, i) => (
              <li key={`${r.code}-${i}`} data-reason-code={r.code}>
                {reasonText(r)}
              </li>
            ))}
          </ul>
        </>
      )}
      {!undetermined && <ModelGuide model={model} />}
    </section>
  );
}
