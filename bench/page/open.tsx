/**
 * The open suite's reference (bench/suites/open.ts): bare React Flow as a plain app opens a file.
 * The file chosen in the input is read (`File.text()`), parsed (`JSON.parse`), mapped to React
 * Flow's nodes and edges and rendered with `onlyRenderVisibleElements` and `fitView`, the
 * Background as our editor draws it. No validation, no analysis, no layout: the least an app can
 * do to show a map. `window.__open.painted()` resolves with the time of the first frame showing
 * the whole map (bench/page/measure.ts `firstRender`).
 */
import { createRoot } from 'react-dom/client';
import type { OrgDocument } from '../../shared/model/types';
import { mountBare } from './bare';
import { firstRender } from './measure';

declare global {
  interface Window {
    __open?: { painted(after: number): Promise<number> };
  }
}

const rootElement = document.getElementById('root');
const input = document.querySelector<HTMLInputElement>('[data-testid="bare.open-input"]');
if (!rootElement || !input) throw new Error('open.html lacks #root or the file input');
const root = createRoot(rootElement);

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (!file) return;
  void file.text().then((text) => {
    const doc = JSON.parse(text) as OrgDocument;
    mountBare(root, doc, { background: { variant: 'dots', gap: 16, size: 1 }, viewport: null });
  });
});

window.__open = { painted: async (after) => (await firstRender(600, 180_000, after)).at };
