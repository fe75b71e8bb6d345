import type { ReactFlowInstance } from '@xyflow/react';

/**
 * A React Flow instance whose identity never changes: every property is read from the instance
 * `read` returns at the time of the call. `useReactFlow()` hands out a new object once React
 * Flow's pan-zoom is ready (its `viewportInitialized` flag), so a component that calls it renders
 * again then; in the app shell that re-rendered the whole app once more before the empty map was
 * interactive (issue 17). The shell keeps this one instead, fed by a small child that calls
 * `useReactFlow()` (App.tsx `FlowBridge`).
 */
export function forwardingFlow<T extends object = ReactFlowInstance>(read: () => T | null): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const flow = read();
      if (!flow) throw new Error(`React Flow is not ready yet (asked for ${String(key)})`);
      const value: unknown = Reflect.get(flow, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(flow) : value;
    },
    has(_target, key) {
      const flow = read();
      return flow !== null && key in flow;
    },
  });
}

/** A place for the current instance and its stable stand-in: `set` is called by the bridge. */
export interface FlowSlot<T extends object> {
  readonly flow: T;
  set(flow: T | null): void;
}

export function flowSlot<T extends object = ReactFlowInstance>(): FlowSlot<T> {
  let current: T | null = null;
  return {
    flow: forwardingFlow<T>(() => current),
    set(flow) {
      current = flow;
    },
  };
}
