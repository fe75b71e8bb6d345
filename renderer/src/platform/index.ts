import { createBrowserPlatform } from './browser';
import { createElectronPlatform, findBridge } from './desktop';
import type { Platform } from './types';

export type { FullScreen, Platform } from './types';

/** Picks the adapter by feature detection: the preload bridge if present, else the browser. */
export function createPlatform(): Platform {
  const bridge = findBridge();
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}
