import { createContext, useContext } from 'react';
import type { Platform } from '../platform';
import type { AppState, AppStore } from '../store';

export interface AppServices {
  readonly store: AppStore;
  readonly platform: Platform;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext>');
  return services;
}

/** Reads the app store with a module-level selector (wrap object results in useShallow). */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useServices().store(selector);
}
