// @vitest-environment jsdom
import type * as xyflow from '@xyflow/react';
import { ReactFlowProvider, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KIND_COLORS } from '../../../shared/look/palette';
import { createI18n } from '../i18n';
import { Overview } from './Overview';
import { ZoomControls } from './ZoomControls';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Renders of our components, counted through the React Flow hooks each calls once per render
 * (Overview: useStoreApi; ZoomControls: useReactFlow). React Flow's own components do not go
 * through this module's exports, so only our calls are counted.
 */
const calls = vi.hoisted(() => ({ storeApi: 0, reactFlow: 0 }));
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
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={createI18n('en')}>
        <ReactFlowProvider>
          <FlowStore />
          <CanvasStandIn />
        </ReactFlowProvider>
      </I18nextProvider>,
    ),
  );
  return handles as Handles;
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
