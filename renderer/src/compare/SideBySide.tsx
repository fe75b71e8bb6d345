import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { compareScenarios } from '../../../shared/compare';
import type { Scenario } from '../../../shared/model/types';
import { useAppStore, useServices } from '../ui/context';
import { compareMarks } from './compareMarks';
import { mapBounds } from '../canvas/detail';
import { FAR_BOX } from '../canvas/sketch';
import type { AppState } from '../store/types';
import { selectScenarios } from '../store/selectors';
import { ScenarioFlow } from './ScenarioFlow';
import './compare.css';

const selectPair = (s: AppState) => s.compare;

const PAN_STEP = 60;
const ZOOM_STEP = 1.2;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 3;

/** The view that frames both maps in one pane of `width` × `height`. */
export function framingViewport(a: Scenario, b: Scenario, width: number, height: number): Viewport {
  const bounds = mapBounds([...a.nodes, ...b.nodes], FAR_BOX);
  if (!bounds || width <= 0 || height <= 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, 1.2, 0.05);
}

/** A view moved by a key: arrows pan, + and - zoom about the pane's centre, 0 frames both maps. */
export function viewportForKey(key: string, v: Viewport, width: number, height: number): Viewport | null {
  const zoomAbout = (factor: number): Viewport => {
    const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor));
    const cx = width / 2;
    const cy = height / 2;
    return { zoom, x: cx - ((cx - v.x) * zoom) / v.zoom, y: cy - ((cy - v.y) * zoom) / v.zoom };
  };
  switch (key) {
    case 'ArrowLeft':
      return { ...v, x: v.x + PAN_STEP };
    case 'ArrowRight':
      return { ...v, x: v.x - PAN_STEP };
    case 'ArrowUp':
      return { ...v, y: v.y + PAN_STEP };
    case 'ArrowDown':
      return { ...v, y: v.y - PAN_STEP };
    case '+':
    case '=':
      return zoomAbout(ZOOM_STEP);
    case '-':
      return zoomAbout(1 / ZOOM_STEP);
    default:
      return null;
  }
}

/**
 * Compare side by side: `from` (Current) on the left and `to` (Target) on the right, one view for
 * both (a pan or zoom on either moves the other), with the marks of Compare on each side: removed
 * and changed on the left, added and changed on the right (compareMarks). The comparison panel
 * beside it keeps picking the pair and listing the path. Looks only: edits happen on the canvas.
 */
export function SideBySide() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const pair = useAppStore(selectPair);
  const scenarios = useAppStore(selectScenarios);
  const from = scenarios.find((s) => s.id === pair?.from);
  const to = scenarios.find((s) => s.id === pair?.to);
  const comparison = useMemo(() => (from && to ? compareScenarios(from, to) : null), [from, to]);
  const marks = useMemo(() => (comparison ? { from: compareMarks(comparison, 'from'), to: compareMarks(comparison, 'to') } : null), [comparison]);
  const paneRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(pane);
    return () => observer.disconnect();
  }, []);
  // Both maps framed when opened and when the pair changes; once the user moves the view, it is theirs.
  const pairKey = `${pair?.from ?? ''}>${pair?.to ?? ''}`;
  const [moved, setMoved] = useState<{ readonly key: string; readonly viewport: Viewport } | null>(null);
  const framed = useMemo(() => (from && to && size ? framingViewport(from, to, size.width, size.height) : null), [from, to, size]);
  const viewport = moved?.key === pairKey ? moved.viewport : framed;
  const move = useCallback((next: Viewport) => setMoved({ key: pairKey, viewport: next }), [pairKey]);

  // The editor's canvas stays mounted underneath (it keeps its view for the way back), out of the
  // keyboard's and screen reader's way while this covers it.
  useEffect(() => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]');
    canvas?.setAttribute('inert', '');
    return () => canvas?.removeAttribute('inert');
  }, []);

  if (!pair || !from || !to || !comparison || !marks) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !viewport || !size) return;
    if (event.key === '0') {
      event.preventDefault();
      setMoved(null);
      return;
    }
    const next = viewportForKey(event.key, viewport, size.width, size.height);
    if (!next) return;
    event.preventDefault();
    move(next);
  };
  const sides = [
    { side: 'from' as const, scenario: from, marks: marks.from },
    { side: 'to' as const, scenario: to, marks: marks.to },
  ];
  return (
    <section className="side-by-side" data-testid="side-by-side" aria-label={t('presenting.side.title', { from: from.name, to: to.name })}>
      <div className="side-by-side__bar">
        <p className="side-by-side__help">{t('presenting.side.help')}</p>
        <ul className="side-by-side__legend" aria-label={t('presenting.side.legend')}>
          {(['added', 'changed', 'removed'] as const).map((diff) => (
            <li key={diff}>
              <span className={`diff-badge diff-badge--${diff}`}>{t(`compare.${diff}`)}</span>
            </li>
          ))}
        </ul>
        <button type="button" className="tool-button" data-testid="side-by-side.close" onClick={() => store.getState().openCompare({ sideBySide: false })}>
          {t('presenting.side.overlay')}
        </button>
      </div>
      <div className="side-by-side__panes">
        {sides.map(({ side, scenario, marks: sideMarks }, i) => (
          <div
            key={side}
            className="side-by-side__pane"
            data-testid={`side-by-side.${side}`}
            data-scenario={scenario.id}
            role="group"
            tabIndex={0}
            aria-label={t(`presenting.side.${side}`, { name: scenario.name })}
            aria-describedby="side-by-side-keys"
            onKeyDown={onKeyDown}
          >
            <h2 className="side-by-side__title">{t(`presenting.side.${side}`, { name: scenario.name })}</h2>
            <div className="side-by-side__map" ref={i === 0 ? paneRef : undefined}>
              {viewport && (
                <ScenarioFlow
                  scenario={scenario}
                  marks={sideMarks}
                  viewport={viewport}
                  onViewportChange={move}
                  label={t(`presenting.side.${side}`, { name: scenario.name })}
                  testId={`side-by-side.${side}.flow`}
                />
              )}
            </div>
          </div>
        ))}
      </div>
      <p id="side-by-side-keys" className="visually-hidden">
        {t('presenting.side.keys')}
      </p>
    </section>
  );
}
