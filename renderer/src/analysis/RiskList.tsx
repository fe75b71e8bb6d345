import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Risk } from '../../../shared/analysis/types';
import { useServices } from '../ui/context';
import { useRiskText } from '../i18n/analysisText';
import { useAnalysis } from './useAnalysis';
import { riskKey, useRiskNumbers } from './riskNumbers';
import { READABLE_ZOOM } from '../canvas/zoom';
import '../ui/workday.css';

/** The risks, grouped by severity. Clicking one selects its nodes and frames them. */
export function RiskList() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const flow = useReactFlow();
  const riskText = useRiskText();
  const analysis = useAnalysis();

  const numbers = useRiskNumbers();

  // Framed at no less than a readable zoom: nodes too far apart for it are centred at it instead.
  const show = (risk: Risk, item: HTMLElement) => {
    store.getState().select(risk.nodes, []);
    void flow.fitView({ nodes: risk.nodes.map((id) => ({ id })), padding: 0.5, duration: 250, maxZoom: 1.5, minZoom: READABLE_ZOOM });
    item.scrollIntoView({ block: 'nearest' });
  };

  // A big map's first analysis runs once the map is on screen (analysisGate.ts): say so meanwhile.
  if (!analysis) {
    return (
      <section className="risks" aria-labelledby="risks-title" aria-busy="true" data-testid="risks" tabIndex={-1}>
        <h2 id="risks-title" className="panel-title">
          {t('risks.title')}
        </h2>
        <p className="panel-help" role="status" data-testid="risks.working">
          {t('analysis.working')}
        </p>
      </section>
    );
  }
  const { risks } = analysis;
  return (
    <section className="risks" aria-labelledby="risks-title" data-testid="risks" tabIndex={-1}>
      <h2 id="risks-title" className="panel-title">
        {t('risks.title')} <span className="count">({risks.length})</span>
      </h2>
      {risks.length === 0 && <p className="panel-help">{t('risks.none')}</p>}
      {SEVERITIES.map((severity) => {
        const group = risks.filter((r) => r.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`risks__group risks__group--${severity}`} data-testid={`risks.${severity}`}>
            <h3 className="panel-subtitle">{t(`risks.severity.${severity}`)}</h3>
            <ul>
              {group.map((risk, i) => {
                const text = riskText(risk);
                return (
                  <li key={`${risk.code}-${risk.nodes.join(',')}-${i}`}>
                    <button
                      type="button"
                      className={`risk risk--${severity}`}
                      data-testid="risk"
                      data-risk-code={risk.code}
                      data-severity={severity}
                      data-node-ids={risk.nodes.join(',')}
                      data-risk-number={numbers.get(riskKey(risk))}
                      onClick={(e) => show(risk, e.currentTarget)}
                    >
                      <span className={`risk__number risk__number--${severity}`} aria-hidden="true">
                        {numbers.get(riskKey(risk))}
                      </span>
                      <span className="risk__message">{text.message}</span>
                      <span className="risk__advice">
                        <span className="visually-hidden">{t('risks.advice')}: </span>
                        {text.advice}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
