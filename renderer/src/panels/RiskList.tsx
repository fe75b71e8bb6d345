import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Risk } from '../../../shared/analysis/types';
import { useServices } from '../app/context';
import { useRiskText } from '../i18n/analysisText';
import { useAnalysis } from './useAnalysis';

/** The risks, grouped by severity. Clicking one selects its nodes and frames them. */
export function RiskList() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const flow = useReactFlow();
  const riskText = useRiskText();
  const { risks } = useAnalysis();

  const show = (risk: Risk) => {
    store.getState().select(risk.nodes, []);
    void flow.fitView({ nodes: risk.nodes.map((id) => ({ id })), padding: 0.5, duration: 250, maxZoom: 1.5 });
  };

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
                      onClick={() => show(risk)}
                    >
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
