import type { TFunction } from 'i18next';
import { useMemo } from 'react';

/** React Flow's own words (node and edge help, controls, minimap, handles) in the user's language. */
export function useFlowAriaLabels(t: TFunction<'ui'>) {
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeHelp'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('flow.moved', { direction: t(`flow.direction.${direction}`, { defaultValue: direction }), x, y }),
      'edge.a11yDescription.default': t('flow.edgeHelp'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('commands:view.zoomIn'),
      'controls.zoomOut.ariaLabel': t('commands:view.zoomOut'),
      'controls.fitView.ariaLabel': t('commands:view.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );
}
