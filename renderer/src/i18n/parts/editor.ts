/**
 * Strings of the working-day editor features (namespace `ui`, key `editor.*`): zoom, find, align
 * and distribute, context menus, the unsaved-changes question, the toolbar's overflow. Kept in their
 * own file; en.ts and nl.ts mount them.
 */
import type { Widen } from '../catalog';

export const en = {
  cmd: {
    zoom100: 'Zoom to 100 %',
    zoomSelection: 'Zoom to Selection',
  },
  zoom: {
    level: 'Zoom level {{percent}}; click to type one',
    input: 'Zoom in percent',
  },
};

export const nl: Widen<typeof en> = {
  cmd: {
    zoom100: 'Zoom naar 100 %',
    zoomSelection: 'Zoom naar selectie',
  },
  zoom: {
    level: 'Zoomniveau {{percent}}; klik om er een te typen',
    input: 'Zoom in procenten',
  },
};
