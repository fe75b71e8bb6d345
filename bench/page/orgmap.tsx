/**
 * Our editor's canvas (renderer/src/canvas/Canvas.tsx) with its real store, i18n and platform,
 * set up as renderer/src/app/App.tsx does, and the generated document loaded through the store's
 * `loadDocument` before the canvas mounts (so the canvas's own `fitView` frames it, as on opening
 * a file). Without the panels and toolbar, so both impls get the same 1280 × 800 canvas.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { I18nextProvider } from 'react-i18next';
import type { Root } from 'react-dom/client';
import type { OrgDocument } from '../../shared/model/types';
import { Canvas } from '../../renderer/src/canvas/Canvas';
import { ServicesContext, type AppServices } from '../../renderer/src/ui/context';
import { createI18n } from '../../renderer/src/i18n';
import { createPlatform } from '../../renderer/src/platform';
import { createAppStore } from '../../renderer/src/store';
import { ViewportControl } from './viewport';
import '@xyflow/react/dist/style.css';
import './orgmap.css';

// The editor's stylesheet, once it exists (a glob, so the page builds before it does).
import.meta.glob('../../renderer/src/styles.css', { eager: true });

export function mountOrgmap(root: Root, doc: OrgDocument): Promise<void> {
  const store = createAppStore({ language: 'en' });
  const services: AppServices = { store, platform: createPlatform() };
  const i18n = createI18n('en');
  store.getState().loadDocument(doc, 'bench.orgmap');
  root.render(
    <ServicesContext.Provider value={services}>
      <I18nextProvider i18n={i18n}>
        <ReactFlowProvider>
          <div className="bench-orgmap">
            <Canvas />
          </div>
          <ViewportControl />
        </ReactFlowProvider>
      </I18nextProvider>
    </ServicesContext.Provider>,
  );
  return Promise.resolve();
}
