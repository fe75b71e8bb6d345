import { useReactFlow } from '@xyflow/react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_KINDS, type NodeKind } from '../../../shared/model/types';
import { useServices } from '../app/context';
import { addFromPalette, PALETTE_MIME } from './Canvas';
import { KindIcon } from './marks';

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
    // Nudge each new node a little so several added in a row do not hide each other.
    const n = store.getState().document.scenarios.reduce((sum, s) => sum + s.nodes.length, 0) % 8;
    addFromPalette(store, kind, { x: centre.x - 80 + n * 12, y: centre.y - 24 + n * 12 }, t(`kind.${kind}`));
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
