import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../ui/context';
import { getCommand, formatShortcut, labelKeyOf, runCommand, selectCommandInputs, type CommandContext } from './commands';
import { selectCanUndoRedo } from '../store/selectors';

/** A toolbar button for a registry command: label, tooltip with shortcut, enabled state. */
export function CommandButton({
  id,
  ctx,
  testId,
  icon,
  pressed,
  iconOnly = false,
  overflowed = false,
}: {
  id: string;
  ctx: CommandContext;
  testId: string;
  icon?: string;
  pressed?: boolean;
  iconOnly?: boolean;
  /** Moved into the toolbar's ⋯ menu: kept in the row for measuring, but invisible and unfocusable. */
  overflowed?: boolean;
}) {
  const { t } = useTranslation('ui');
  const command = getCommand(id);
  // Re-render when anything the enabled-check reads changes (selection, clipboard, history).
  useAppStore(useShallow(selectCommandInputs));
  useStore(ctx.store.temporal, useShallow(selectCanUndoRedo));
  if (!command) return null;
  const label = t(labelKeyOf(command, ctx.platform));
  const shortcut = command.shortcuts[0];
  const tip = shortcut ? `${label} (${formatShortcut(shortcut, ctx.platform.isMac)})` : label;
  return (
    <button
      type="button"
      className={overflowed ? 'tool-button is-overflowed' : 'tool-button'}
      data-testid={testId}
      data-command={id}
      title={tip}
      aria-label={label}
      aria-keyshortcuts={shortcut ? formatShortcut(shortcut, false).replace('Ctrl', ctx.platform.isMac ? 'Meta' : 'Control') : undefined}
      {...(pressed !== undefined ? { 'aria-pressed': pressed } : {})}
      disabled={!command.enabled(ctx.store.getState(), ctx)}
      onClick={() => runCommand(id, ctx)}
    >
      {icon ? <span aria-hidden="true" className="tool-button__icon">{icon}</span> : null}
      {iconOnly ? null : <span className="tool-button__label">{label}</span>}
    </button>
  );
}
