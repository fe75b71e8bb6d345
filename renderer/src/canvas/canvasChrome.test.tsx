// @vitest-environment jsdom
import type * as xyflow from '@xyflow/react';
import { ReactFlowProvider, useStoreApi, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { act, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type * as reactI18next from 'react-i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KIND_COLORS } from '../../../shared/look/palette';
import { activeScenario } from '../../../shared/model/edits';
import { createAppStore } from '../store';
import type { OrgFlowNode } from './flow';
import { OrgNodeView, sameNodeView } from './OrgNodeView';
import { createI18n } from '../i18n';
import { Overview } from './Overview';
import { ZoomControls } from './ZoomControls';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Renders of our components, counted through the React Flow hooks each calls once per render
 * (Overview: useStoreApi; ZoomControls: useReactFlow). React Flow's own components do not go
 * through this module's exports, so only our calls are counted.
 */
const calls = vi.hoisted(() => ({ storeApi: 0, reactFlow: 0, translation: 0 }));
vi.mock('@xyflow/react', async (importOriginal) => {
  const actual = await importOriginal<typeof xyflow>();
  return {
    ...actual,
    useStoreApi: () => {
      calls.storeApi += 1;
      return actual.useStoreApi();
    },
    useReactFlow: () => {
      calls.reactFlow += 1;
      return actual.useReactFlow();
    },
  };
});

/** And through useTranslation: a node's box (FullNode) calls it once per render. */
vi.mock('react-i18next', async (importOriginal) => {
  const actual = await importOriginal<typeof reactI18next>();
  return {
    ...actual,
    useTranslation: (...args: Parameters<typeof actual.useTranslation>) => {
      calls.translation += 1;
      return actual.useTranslation(...args);
    },
  };
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

interface Handles {
  /** Renders the canvas stand-in again, as a drag frame does (new `dragged` state). */
  frame: () => void;
  /** Renders it again with other minimap props. */
  relabel: (label: string) => void;
  flowStore: () => { setState: (partial: Partial<ReactFlowState>) => void };
}

/** The canvas's corner controls and minimap inside a parent that renders again per "frame", as Canvas does. */
function mount(container: HTMLElement): Handles {
  const handles: Partial<Handles> = {};
  function FlowStore() {
    const api = useStoreApi();
    handles.flowStore = () => api;
    return null;
  }
  function CanvasStandIn() {
    const [frame, setFrame] = useState(0);
    const [label, setLabel] = useState('Overview map');
    handles.frame = () => setFrame((n) => n + 1);
    handles.relabel = setLabel;
    return (
      <div data-testid="frame" data-frame={frame}>
        <Overview colors={KIND_COLORS} ariaLabel={label} paused={false} />
        <ZoomControls />
      </div>
    );
  }
  renderInFlow(
    container,
    <>
      <FlowStore />
      <CanvasStandIn />
    </>,
  );
  return handles as Handles;
}

/** Renders `children` into `container` inside the app's i18n (English) and a React Flow provider. */
function renderInFlow(container: HTMLElement, children: ReactNode): void {
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={createI18n('en')}>
        <ReactFlowProvider>{children}</ReactFlowProvider>
      </I18nextProvider>,
    ),
  );
}

describe('the canvas chrome in drag frames (minimap and zoom controls)', () => {
  it('does not render again when the canvas renders again for a drag frame', () => {
    const container = document.createElement('div');
    const h = mount(container);
    const overviewRenders = calls.storeApi;
    const zoomRenders = calls.reactFlow;
    expect(zoomRenders).toBeGreaterThan(0);
    act(() => h.frame());
    act(() => h.frame());
    act(() => h.frame());
    expect(container.querySelector('[data-testid="frame"]')?.getAttribute('data-frame')).toBe('3');
    expect(calls.storeApi).toBe(overviewRenders);
    expect(calls.reactFlow).toBe(zoomRenders);
  });

  it('still follows its props, the zoom and the language', () => {
    const container = document.createElement('div');
    const h = mount(container);
    const overviewRenders = calls.storeApi;
    act(() => h.relabel('Overzichtskaart'));
    expect(calls.storeApi).toBeGreaterThan(overviewRenders);
    expect(container.querySelector('.react-flow__minimap title')?.textContent).toBe('Overzichtskaart');

    const level = () => container.querySelector('[data-testid="zoom.level"]')?.textContent;
    expect(level()).toBe('100 %');
    act(() => h.flowStore().setState({ transform: [0, 0, 2] }));
    expect(level()).toBe('200 %');
  });
});

/** What React Flow hands a node component: the node's id, data and selection, and where it is. */
function nodeProps(data: OrgFlowNode['data'], at: { x: number; y: number; dragging: boolean; selected?: boolean }): NodeProps<OrgFlowNode> {
  return {
    id: data.node.id,
    type: 'org',
    data,
    selected: at.selected ?? false,
    selectable: true,
    draggable: true,
    deletable: true,
    isConnectable: true,
    dragging: at.dragging,
    zIndex: at.dragging ? 1000 : 0,
    positionAbsoluteX: at.x,
    positionAbsoluteY: at.y,
  };
}

describe('a node box in drag frames (OrgNodeView)', () => {
  const store = createAppStore();
  store.getState().addNode('unit', { x: 0, y: 0 }, { label: 'Growth team' });
  const node = activeScenario(store.getState().document, store.getState().scenarioId).nodes[0];
  if (!node) throw new Error('no node');
  const data: OrgFlowNode['data'] = { node, hub: false, spokes: 0, risks: [] };

  it('is the same view whatever the position, the dragging flag or the z-index', () => {
    const still = nodeProps(data, { x: 0, y: 0, dragging: false });
    expect(sameNodeView(still, nodeProps(data, { x: 40, y: -16, dragging: true }))).toBe(true);
    expect(sameNodeView(still, nodeProps({ ...data }, { x: 0, y: 0, dragging: false }))).toBe(false);
    expect(sameNodeView(still, nodeProps(data, { x: 0, y: 0, dragging: false, selected: true }))).toBe(false);
    expect(sameNodeView(still, { ...still, id: 'other' })).toBe(false);
  });

  it('is not rendered again while dragged, and is when its data or selection changes', () => {
    const container = document.createElement('div');
    let show: (props: NodeProps<OrgFlowNode>) => void = () => undefined;
    function Host() {
      const [props, setProps] = useState(() => nodeProps(data, { x: 0, y: 0, dragging: false }));
      show = setProps;
      return <OrgNodeView {...props} />;
    }
    renderInFlow(container, <Host />);
    const label = () => container.querySelector('.org-node__label')?.textContent;
    expect(label()).toBe('Growth team');
    const renders = calls.translation;
    for (let i = 1; i <= 3; i += 1) act(() => show(nodeProps(data, { x: 10 * i, y: 5 * i, dragging: true })));
    expect(calls.translation).toBe(renders);
    act(() => show(nodeProps({ ...data, node: { ...node, label: 'Growth squad' } }, { x: 30, y: 15, dragging: false })));
    expect(calls.translation).toBeGreaterThan(renders);
    expect(label()).toBe('Growth squad');
    act(() => show(nodeProps({ ...data, node: { ...node, label: 'Growth squad' } }, { x: 30, y: 15, dragging: false, selected: true })));
    expect(container.querySelector('.org-node')?.classList.contains('is-selected')).toBe(true);
  });
});
