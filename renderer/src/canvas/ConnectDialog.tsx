import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EdgeKind, NodeId, OrgNode } from '../../../shared/model/types';
import { KindIcon, PlatformMark } from './marks';
import { checkConnection } from '../../../shared/model/rules';
import { selectScenario } from '../store/selectors';
import { useAppStore, useServices } from '../ui/context';
import { Modal } from '../ui/Modal';

interface Option {
  readonly node: OrgNode;
  /** out: the chosen node is the target; in: it is the source. */
  readonly direction: 'out' | 'in';
  readonly kind: EdgeKind;
}

/**
 * Keyboard-friendly connecting: with one node selected, "Connect…" lists every node it may be
 * connected to (either way round, with the relation it would get). Type to filter, arrow keys to
 * move, Enter to connect.
 */
export function ConnectDialog({ source }: { source: NodeId }) {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const scenario = useAppStore(selectScenario);
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const from = scenario.nodes.find((n) => n.id === source);

  const options = useMemo(() => {
    const out: Option[] = [];
    for (const node of scenario.nodes) {
      if (node.id === source) continue;
      const forward = checkConnection(scenario, source, node.id);
      if (forward.ok) out.push({ node, direction: 'out', kind: forward.kind });
      const backward = checkConnection(scenario, node.id, source);
      if (backward.ok) out.push({ node, direction: 'in', kind: backward.kind });
    }
    return out;
  }, [scenario, source]);

  const needle = filter.trim().toLowerCase();
  const shown = needle ? options.filter((o) => o.node.label.toLowerCase().includes(needle) || (o.node.handle ?? '').toLowerCase().includes(needle)) : options;
  const close = () => store.getState().closeDialog();

  const choose = (o: Option) => {
    const [s, tgt] = o.direction === 'out' ? [source, o.node.id] : [o.node.id, source];
    const result = store.getState().connect(s, tgt, o.kind);
    store.getState().closeDialog();
    if (!result.ok) store.getState().showRefusal(result);
    else {
      const label = (id: NodeId) => scenario.nodes.find((n) => n.id === id)?.label ?? id;
      store.getState().showHint('connected', { source: label(s), target: label(tgt), kind: t(`edgeKind.${o.kind}`) });
    }
  };

  const moveFocus = (e: KeyboardEvent, delta: number) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    if (buttons.length === 0) return;
    e.preventDefault();
    const index = buttons.findIndex((b) => b === document.activeElement);
    const next = index < 0 ? (delta > 0 ? 0 : buttons.length - 1) : (index + delta + buttons.length) % buttons.length;
    buttons[next]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') moveFocus(e, 1);
    else if (e.key === 'ArrowUp') moveFocus(e, -1);
    else if (e.key === 'Enter' && e.target instanceof HTMLInputElement && shown[0]) {
      e.preventDefault();
      choose(shown[0]);
    }
  };

  return (
    <Modal title={t('dialog.connectTitle', { label: from?.label ?? '' })} testId="connect-dialog" onClose={close}>
      <div onKeyDown={onKeyDown}>
        <label className="field">
          <span>{t('dialog.connectFilter')}</span>
          <input data-testid="connect.filter" value={filter} onChange={(e) => setFilter(e.target.value)} data-autofocus aria-controls="connect-options" />
        </label>
        {shown.length === 0 ? (
          <p className="panel-help">{t('dialog.connectNone')}</p>
        ) : (
          <ul className="connect-options" id="connect-options" ref={listRef} aria-label={t('dialog.connectTitle', { label: from?.label ?? '' })}>
            {shown.map((o) => (
              <li key={`${o.node.id}-${o.direction}-${o.kind}`}>
                <button type="button" data-testid="connect.option" data-target-id={o.node.id} data-direction={o.direction} data-kind={o.kind} onClick={() => choose(o)}>
                  <span className="connect-options__dir" aria-hidden="true">
                    {o.direction === 'out' ? '→' : '←'}
                  </span>
                  {o.node.kind === 'account' && o.node.platform ? <PlatformMark platform={o.node.platform} /> : <KindIcon kind={o.node.kind} />}
                  <span className="connect-options__label">{o.node.label}</span>
                  <span className="connect-options__kind">
                    {o.direction === 'out'
                      ? `${from?.label ?? ''} ${t(`edgeKind.${o.kind}`)} ${o.node.label}`
                      : `${o.node.label} ${t(`edgeKind.${o.kind}`)} ${from?.label ?? ''}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}
