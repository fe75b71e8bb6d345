import { useReactFlow } from '@xyflow/react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_KINDS, type NodeKind } from '../../../shared/model/types';
import { useServices } from '../ui/context';
import { addFromPalette, PALETTE_MIME } from './Canvas';
import { KindIcon } from './marks';
import { freeSpot, NEW_NODE_SIZE } from './placement';
import { selectScenario } from '../store/selectors';

/** The five node kinds: drag one onto the canvas, or click / press Enter to add it in the centre. */
export function Palette() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const flow = useReactFlow();

  const addAtCentre = (kind: NodeKind) => {
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    // The nearest free spot to the centre, so several added in a row sit side by side (placement.ts).
    // From the store: nodes added a moment ago may not be on the canvas yet. Sizes where measured.
    const boxes = selectScenario(store.getState()).nodes.map((n) => {
      const measured = flow.getInternalNode(n.id)?.measured;
      return { ...n.position, width: measured?.width ?? NEW_NODE_SIZE.width, height: measured?.height ?? NEW_NODE_SIZE.height };
    });
    const at = freeSpot(boxes, { x: centre.x - NEW_NODE_SIZE.width / 2, y: centre.y - NEW_NODE_SIZE.height / 2 });
    addFromPalette(store, kind, at, t(`kind.${kind}`));
  };

  const onDragStart = (event: DragEvent, kind: NodeKind) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <section className="palette" aria-labelledby="palette-title">
      <h2 id="palette-title" className="panel-title">
        {t('palette.title')}
      </h2>
      <p className="panel-help">{t('palette.help')}</p>
      <ul className="palette__list">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              draggable
              className={`palette__item palette__item--${kind}`}
              data-testid={`palette.${kind}`}
              title={t(`kindHelp.${kind}`)}
              onDragStart={(e) => onDragStart(e, kind)}
              onClick={() => addAtCentre(kind)}
            >
              <KindIcon kind={kind} />
              <span>{t(`kind.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
