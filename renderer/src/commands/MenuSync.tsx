import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { MenuItemState } from '../../../shared/ipc';
import { MENU_COMMANDS } from '../../../shared/commands/manifest';
import { useAppStore, useServices } from '../ui/context';
import { selectCanUndoRedo } from '../store/selectors';
import { acceleratorFor, COMMANDS, labelKeyOf, selectCommandInputs, type CommandContext } from './commands';

const IN_MENU: ReadonlySet<string> = new Set(MENU_COMMANDS);

/** Feeds the native menu from the command registry: translated labels, accelerators, enabled state. */
export function MenuSync({ ctx }: { ctx: CommandContext }) {
  const { t } = useTranslation('ui');
  const { platform } = useServices();
  const inputs = useAppStore(useShallow(selectCommandInputs));
  const history = useStore(ctx.store.temporal, useShallow(selectCanUndoRedo));
  useEffect(() => {
    if (platform.kind !== 'electron') return;
    const state = ctx.store.getState();
    const items: MenuItemState[] = COMMANDS.filter((c) => IN_MENU.has(c.id)).map((c) => {
      const accelerator = acceleratorFor(c);
      return {
        id: c.id,
        label: t(labelKeyOf(c, platform)),
        enabled: c.enabled(state, ctx),
        ...(accelerator ? { accelerator } : {}),
        ...(c.checked ? { checked: c.checked(state) } : {}),
      };
    });
    platform.setMenu(items);
  }, [platform, ctx, t, inputs, history]);
  return null;
}
