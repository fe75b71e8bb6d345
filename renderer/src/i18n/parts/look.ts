/**
 * Strings of the look feature (namespace `ui`, key `look.*`). Kept in their own file so the
 * feature can grow without touching the main catalogs; en.ts and nl.ts mount them.
 */
import type { Widen } from '../catalog';

export const en = {
  title: 'look',
} as const;

export const nl: Widen<typeof en> = {
  title: 'look',
};
