/**
 * What an empty map does not need at start, loaded the first time it is shown (issue 17: the empty
 * app is interactive in ≤ 1 s and the first chunk stays small). Each view keeps its own Suspense
 * boundary, so while its chunk loads (a few milliseconds from the app's own files) only that view is
 * missing, never the whole app. `preloadViews` fetches them all once the app is idle, so a dialog
 * opened later rarely waits at all.
 */
import { lazy, Suspense, type ComponentType, type JSX } from 'react';

const loaders = {
  export: () => import('../export/ExportDialog'),
  import: () => import('../import/ImportDialog'),
  sideBySide: () => import('../compare/SideBySide'),
  present: () => import('../present/Presentation'),
  compare: () => import('../compare/ComparePanel'),
  find: () => import('../navigation/FindDialog'),
} as const;

// Every one of these views takes no props: they read the store themselves.
function view(load: () => Promise<ComponentType>): () => JSX.Element {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LazyView() {
    return (
      <Suspense fallback={null}>
        <Lazy />
      </Suspense>
    );
  };
}

export const ExportDialog = view(async () => (await loaders.export()).ExportDialog);
export const ImportDialog = view(async () => (await loaders.import()).ImportDialog);
export const SideBySide = view(async () => (await loaders.sideBySide()).SideBySide);
export const Presentation = view(async () => (await loaders.present()).Presentation);
export const ComparePanel = view(async () => (await loaders.compare()).ComparePanel);
export const FindDialog = view(async () => (await loaders.find()).FindDialog);

/** Fetches every lazy view's chunk without showing it; failures are left to the view's own load. */
export function preloadViews(): void {
  for (const load of Object.values(loaders)) void load().catch(() => undefined);
}
