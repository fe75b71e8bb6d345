import type { Connection, FinalConnectionState } from '@xyflow/react';
import { useCallback } from 'react';
import { asNodeId } from '../../../shared/model/rules';
import type { AppStore } from '../store';
import { checkConnection } from '../../../shared/model/rules';
import { selectScenario } from '../store/selectors';
import type { OrgFlowEdge } from './flow';

export interface ConnectHandlers {
  readonly isValidConnection: (c: Connection | OrgFlowEdge) => boolean;
  readonly onConnect: (c: Connection) => void;
  readonly onConnectEnd: (event: MouseEvent | TouchEvent, state: FinalConnectionState) => void;
}

/** Drawing a relation from handle to handle: the rules decide (checkConnection), a refusal says why. */
export function useConnect(store: AppStore): ConnectHandlers {
  const isValidConnection = useCallback(
    (c: Connection | OrgFlowEdge) => checkConnection(selectScenario(store.getState()), asNodeId(c.source), asNodeId(c.target)).ok,
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const result = store.getState().connect(asNodeId(c.source), asNodeId(c.target));
      if (!result.ok) store.getState().showRefusal(result);
    },
    [store],
  );

  /** A drop on a handle the rules refuse: say why instead of silently doing nothing. */
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode || !state.fromHandle) return;
      const fromIsSource = state.fromHandle.type === 'source';
      const source = asNodeId(fromIsSource ? state.fromNode.id : state.toNode.id);
      const target = asNodeId(fromIsSource ? state.toNode.id : state.fromNode.id);
      const check = checkConnection(selectScenario(store.getState()), source, target);
      if (!check.ok) store.getState().showRefusal(check);
    },
    [store],
  );
  return { isValidConnection, onConnect, onConnectEnd };
}
