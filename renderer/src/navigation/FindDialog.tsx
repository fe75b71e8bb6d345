import { useReactFlow } from '@xyflow/react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeId } from '../../../shared/model/types';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import { PlatformMark, KindIcon } from '../canvas/marks';
import { READABLE_ZOOM } from '../canvas/zoom';
import { selectScenario } from '../store/selectors';
import { useAppStore, useServices } from '../ui/context';
import { findNodes } from './find';
import { Modal } from '../ui/Modal';
import { focusNode } from './navigation';
import '../ui/workday.css';

/** Find (Ctrl/⌘+F): type, choose a result with the arrow keys, Enter frames it on the map. */
export function FindDialog() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const flow = useReactFlow<OrgFlowNode, OrgFlowEdge>();
  const nodes = useAppStore(selectScenario).nodes;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(
    () => findNodes(nodes, query, { platform: (id) => t(`platform.${id}`), kind: (id) => t(`kind.${id}`) }),
    [nodes, query, t],
  );
  const close = () => store.getState().closeDialog();

  const show = (id: NodeId) => {
    store.getState().select([id], []);
    close();
    void flow.fitView({ nodes: [{ id }], padding: 0.5, duration: 250, maxZoom: 1, minZoom: READABLE_ZOOM });
    // After the dialog gives the focus back: the keyboard goes on from the found node.
    requestAnimationFrame(() => focusNode(flow, id));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) show(hit.node.id);
    }
  };

  const activeId = hits[active] ? `find-hit-${active}` : undefined;
  return (
    <Modal title={t('editor.find.title')} testId="find-dialog" onClose={close}>
      <input
        className="find__input"
        data-testid="find.input"
        data-autofocus=""
        type="text"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="find-results"
        aria-activedescendant={activeId}
        aria-label={t('editor.find.label')}
        placeholder={t('editor.find.label')}
        value={query}
        maxLength={200}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="panel-help" aria-live="polite" data-testid="find.count">
        {query.trim() === '' ? t('editor.find.help') : hits.length === 0 ? t('editor.find.none', { query: query.trim() }) : t('editor.find.count', { count: hits.length })}
      </p>
      <ul className="find__results" id="find-results" role="listbox" aria-label={t('editor.find.results')}>
        {hits.map((hit, i) => (
          <li
            key={hit.node.id}
            id={`find-hit-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'find__hit is-active' : 'find__hit'}
            data-testid="find.result"
            data-node-id={hit.node.id}
            data-field={hit.field}
            onPointerDown={(e) => e.preventDefault()}
            onClick={() => show(hit.node.id)}
          >
            {hit.node.kind === 'account' && hit.node.platform ? <PlatformMark platform={hit.node.platform} size={16} /> : <KindIcon kind={hit.node.kind} size={16} />}
            <span className="find__label">{hit.node.label || t('node.noLabel')}</span>
            <span className="find__meta">
              {hit.node.kind === 'account' && hit.node.platform ? t(`platform.${hit.node.platform}`) : t(`kind.${hit.node.kind}`)}
              {hit.node.handle ? ` · ${hit.node.handle}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
