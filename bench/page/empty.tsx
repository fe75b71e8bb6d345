/**
 * The open suite's reference for the empty app (bench/suites/open.ts, issue 17): bare React Flow
 * as a plain app starts with an empty map, the Background as our editor draws it, and says
 * `data-ready=interactive` on its pane's container the way our canvas does (renderer/src/canvas/
 * ready.ts): once React Flow is initialised (`onInit`) and a frame has been painted after it.
 */
import { Background, BackgroundVariant, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('empty.html lacks #root');

function markInteractive(): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const pane = document.querySelector<HTMLElement>('[data-testid="bare.canvas"]');
      if (pane) pane.dataset['ready'] = 'interactive';
    }, 0),
  );
}

createRoot(rootElement).render(
  <ReactFlowProvider>
    <div data-testid="bare.canvas" style={{ width: '100%', height: '100%' }}>
      <ReactFlow nodes={[]} edges={[]} onInit={markInteractive}>
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
      </ReactFlow>
    </div>
  </ReactFlowProvider>,
);
