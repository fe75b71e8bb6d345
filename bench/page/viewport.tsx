/**
 * A handle on React Flow's viewport from outside React, for the harness: rendered inside the
 * flow's provider by both impls, it lends its `setViewport` to the page.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { Viewport } from './protocol';

let setter: ((viewport: Viewport) => Promise<boolean>) | null = null;

export function ViewportControl(): null {
  const flow = useReactFlow();
  useEffect(() => {
    setter = (viewport) => flow.setViewport(viewport);
    return () => {
      setter = null;
    };
  }, [flow]);
  return null;
}

export async function setViewport(viewport: Viewport): Promise<void> {
  if (!setter) throw new Error('no React Flow viewport to set');
  await setter(viewport);
}
