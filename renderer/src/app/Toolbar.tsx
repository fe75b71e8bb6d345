import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './context';
import { getCommand, formatShortcut, labelKeyOf, runCommand, type CommandContext } from './commands';
import { selectCanUndoRedo, selectFileName, selectSnap, selectTitle } from '../store/selectors';
import type { AppState } from '../store/types';
import { TemplateMenu } from './TemplateMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { HelpMenu } from './HelpDialog';

const selectToolbarState = (s: AppState) => ({
  nodes: s.selectedNodeIds.length,
  edges: s.selectedEdgeIds.length,
  clipboard: s.clipboard !== null,
  snap: s.snapToGrid,
  scenario: s.scenarioId,
  scenarios: s.document.scenarios.length,
  compare: s.compare !== null,
});

/** A toolbar button for a registry command: label, tooltip with shortcut, enabled state. */
export function CommandButton({
  id,
  ctx,
  testId,
  icon,
  pressed,
  iconOnly = false,
}: {
  id: string;
  ctx: CommandContext;
  testId: string;
  icon?: string;
  pressed?: boolean;
  iconOnly?: boolean;
}) {
  const { t } = useTranslation('ui');
  const command = getCommand(id);
  // Re-render when anything the enabled-check reads changes (selection, clipboard, history).
  useAppStore(useShallow(selectToolbarState));
  useStore(ctx.store.temporal, useShallow(selectCanUndoRedo));
  if (!command) return null;
  const label = t(labelKeyOf(command, ctx.platform));
  const shortcut = command.shortcuts[0];
  const tip = shortcut ? `${label} (${formatShortcut(shortcut, ctx.platform.isMac)})` : label;
  return (
    <button
      type="button"
      className="tool-button"
      data-testid={testId}
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

export function Toolbar({ ctx }: { ctx: CommandContext }) {
  const { t } = useTranslation('ui');
  const snap = useAppStore(selectSnap);
  const title = useAppStore(selectTitle);
  const fileName = useAppStore(selectFileName);
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <span className="toolbar__brand">{t('app.name')}</span>
      <span className="toolbar__title" data-testid="document.title">
        {title || fileName || t('app.untitled')}
      </span>
      <TemplateMenu />
      <CommandButton id="file.open" ctx={ctx} testId="toolbar.open" icon="⇪" />
      {ctx.platform.recent ? <CommandButton id="file.openRecent" ctx={ctx} testId="toolbar.open-recent" iconOnly icon="◷" /> : null}
      <CommandButton id="file.save" ctx={ctx} testId="toolbar.save" icon="⬇" />
      <CommandButton id="file.import" ctx={ctx} testId="toolbar.import" icon="⊕" />
      <CommandButton id="file.export" ctx={ctx} testId="toolbar.export" icon="↗" />
      <span className="toolbar__sep" />
      <CommandButton id="edit.undo" ctx={ctx} testId="toolbar.undo" iconOnly icon="↶" />
      <CommandButton id="edit.redo" ctx={ctx} testId="toolbar.redo" iconOnly icon="↷" />
      <CommandButton id="edit.delete" ctx={ctx} testId="toolbar.delete" iconOnly icon="✕" />
      <CommandButton id="edit.duplicate" ctx={ctx} testId="toolbar.duplicate" iconOnly icon="⊞" />
      <CommandButton id="edit.connect" ctx={ctx} testId="toolbar.connect" icon="↦" />
      <span className="toolbar__sep" />
      <CommandButton id="view.fitView" ctx={ctx} testId="toolbar.fit-view" iconOnly icon="⤢" />
      <CommandButton id="layout.tidy" ctx={ctx} testId="toolbar.tidy" iconOnly icon="⊟" />
      <CommandButton id="view.snapToGrid" ctx={ctx} testId="toolbar.snap" icon="#" pressed={snap} />
      <CommandButton id="help.shortcuts" ctx={ctx} testId="toolbar.help" iconOnly icon="?" />
      <HelpMenu ctx={ctx} />
      <span className="toolbar__spacer" />
      <LanguageSwitch />
      <CommandButton id="app.settings" ctx={ctx} testId="toolbar.settings" iconOnly icon="⚙" />
    </header>
  );
}
