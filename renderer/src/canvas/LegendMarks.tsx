import { useTranslation } from 'react-i18next';
import { EDGE_COLORS } from './flow';
import '../ui/workday.css';

/** Legend lines for the risk marks and the compare marks (added, changed, removed). */
export function LegendMarks() {
  const { t } = useTranslation('ui');
  return (
    <>
      <li data-testid="legend.risk">
        <span className="legend__risk" aria-hidden="true">
          <span className="risk-badge risk-badge--high">1</span>
        </span>
        <span>{t('editor.legend.risk')}</span>
      </li>
      <li data-testid="legend.riskOutline">
        <span className="legend__swatch legend__swatch--high" aria-hidden="true" />
        <span>{t('editor.legend.riskHigh')}</span>
      </li>
      <li className="legend__group" data-testid="legend.compare">
        <strong>{t('editor.legend.compareTitle')}</strong>
      </li>
      <li data-testid="legend.added">
        <span className="legend__swatch legend__swatch--added" aria-hidden="true" />
        <span>{t('editor.legend.added')}</span>
      </li>
      <li data-testid="legend.changed">
        <span className="legend__swatch legend__swatch--changed" aria-hidden="true" />
        <span>{t('editor.legend.changed')}</span>
      </li>
      <li data-testid="legend.removed">
        <svg width="26" height="14" aria-hidden="true">
          <line x1="1" y1="7" x2="25" y2="7" stroke={EDGE_COLORS.owns} strokeWidth="2" strokeDasharray="4 3" opacity="0.6" />
        </svg>
        <span>{t('editor.legend.removed')}</span>
      </li>
    </>
  );
}
