import { ControlButton, Controls, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatZoom, parseZoomPercent, stepZoom } from './zoom';
import '../ui/workday.css';

const selectZoom = (s: ReactFlowState) => s.transform[2];

/**
 * The canvas's corner controls: zoom out and in by steps that land on 100 %, the zoom percentage
 * (click it to type one, as in Figma and diagrams.net) and fit. The buttons keep React Flow's class
 * names so the look and the keyboard order stay those of its own controls.
 *
 * Memoised (it has no props): the canvas renders again in every drag frame, and these controls
 * only change with the zoom, the typed value and the language (their own subscriptions).
 */
export const ZoomControls = memo(function ZoomControls() {
  const { t } = useTranslation('ui');
  const flow = useReactFlow();
  const zoom = useStore(selectZoom);
  const [typing, setTyping] = useState<string | null>(null);

  const apply = () => {
    const value = typing === null ? null : parseZoomPercent(typing);
    setTyping(null);
    if (value !== null) void flow.zoomTo(value, { duration: 150 });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      apply();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setTyping(null);
    }
  };

  return (
    <Controls orientation="horizontal" showZoom={false} showFitView={false} showInteractive={false}>
      <ControlButton className="react-flow__controls-zoomin" onClick={() => stepZoom(flow, 1)} aria-label={t('commands:view.zoomIn')} title={t('commands:view.zoomIn')}>
        <span aria-hidden="true">+</span>
      </ControlButton>
      <ControlButton className="react-flow__controls-zoomout" onClick={() => stepZoom(flow, -1)} aria-label={t('commands:view.zoomOut')} title={t('commands:view.zoomOut')}>
        <span aria-hidden="true">−</span>
      </ControlButton>
      {typing === null ? (
        <button
          type="button"
          className="react-flow__controls-button zoom-level"
          data-testid="zoom.level"
          aria-label={t('editor.zoom.level', { percent: formatZoom(zoom) })}
          title={t('editor.zoom.level', { percent: formatZoom(zoom) })}
          onClick={() => setTyping(String(Math.round(zoom * 100)))}
        >
          {formatZoom(zoom)}
        </button>
      ) : (
        <input
          className="zoom-level__input"
          data-testid="zoom.input"
          aria-label={t('editor.zoom.input')}
          inputMode="decimal"
          // The field appears because the user asked to type a zoom: it takes the focus.
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          value={typing}
          onChange={(e) => setTyping(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={apply}
        />
      )}
      <ControlButton className="react-flow__controls-fitview" onClick={() => void flow.fitView({ padding: 0.15, duration: 200, maxZoom: 1.5 })} aria-label={t('commands:view.fitView')} title={t('commands:view.fitView')}>
        <span aria-hidden="true">⤢</span>
      </ControlButton>
    </Controls>
  );
});
