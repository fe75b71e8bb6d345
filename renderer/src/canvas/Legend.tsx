import { useTranslation } from 'react-i18next';
import { EDGE_KINDS } from '../../../shared/model/types';
import { EDGE_COLORS } from './flow';
import { MarkerShape } from './EdgeMarkers';
import { EDGE_WIDTH } from './OrgEdgeView';
import { LegendMarks } from './LegendMarks';

/** What the line styles and the hub mark mean. */
export function Legend() {
  const { t } = useTranslation('ui');
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="panel-title">
        {t('legend.title')}
      </h2>
      <ul className="legend__list">
        {EDGE_KINDS.map((kind) => (
          <li key={kind} title={t(`edgeKindHelp.${kind}`)} data-testid={`legend.${kind}`}>
            <svg width="46" height="12" aria-hidden="true">
              <line className={`legend__edge--${kind}`} x1="2" y1="6" x2="36" y2="6" stroke={EDGE_COLORS[kind]} strokeWidth={EDGE_WIDTH[kind]} />
              <g transform="translate(34 1)">
                <MarkerShape kind={kind} />
              </g>
            </svg>
            <span>
              <strong>{t(`edgeKind.${kind}`)}</strong> — {t(`edgeKindHelp.${kind}`)}
            </span>
          </li>
        ))}
        <li>
          <span className="hub-tag">{t('node.hub')}</span>
          <span>{t('legend.hub')}</span>
        </li>
        <LegendMarks />
      </ul>
    </section>
  );
}
