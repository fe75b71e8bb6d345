import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../ui/context';
import type { CommandContext } from '../commands/commands';
import { CommandButton } from '../commands/CommandButton';
import { selectFileName, selectSnap, selectTitle } from '../store/selectors';
import { TemplateMenu } from '../document/TemplateMenu';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { HelpMenu } from '../help/HelpDialog';
import { OverflowMenu, useOverflow, type ToolbarItem } from './ToolbarOverflow';

/** The file, edit and view buttons: they give way to the ⋯ menu, from the end, when the window is narrow. */
function toolbarItems(ctx: CommandContext, snap: boolean): ToolbarItem[] {
  return [
    { id: 'file.open', testId: 'toolbar.open', icon: '⇪' },
    ...(ctx.platform.recent ? [{ id: 'file.openRecent', testId: 'toolbar.open-recent', icon: '◷', iconOnly: true }] : []),
    { id: 'file.save', testId: 'toolbar.save', icon: '⬇' },
    { id: 'file.import', testId: 'toolbar.import', icon: '⊕' },
    { id: 'file.export', testId: 'toolbar.export', icon: '↗' },
    { separator: true },
    { id: 'edit.undo', testId: 'toolbar.undo', icon: '↶', iconOnly: true },
    { id: 'edit.redo', testId: 'toolbar.redo', icon: '↷', iconOnly: true },
    { id: 'edit.delete', testId: 'toolbar.delete', icon: '✕', iconOnly: true },
    { id: 'edit.duplicate', testId: 'toolbar.duplicate', icon: '⊞', iconOnly: true },
    { id: 'edit.connect', testId: 'toolbar.connect', icon: '↦' },
    { separator: true },
    { id: 'view.fitView', testId: 'toolbar.fit-view', icon: '⤢', iconOnly: true },
    { id: 'layout.tidy', testId: 'toolbar.tidy', icon: '⊟', iconOnly: true },
    { id: 'view.snapToGrid', testId: 'toolbar.snap', icon: '#', pressed: snap },
    { id: 'help.shortcuts', testId: 'toolbar.help', icon: '?', iconOnly: true },
  ];
}

/** The hidden commands for the ⋯ menu, with a separator only between two non-empty groups. */
function overflowItems(items: readonly ToolbarItem[], hidden: ReadonlySet<string>): ToolbarItem[] {
  const out: ToolbarItem[] = [];
  let pendingSeparator = false;
  for (const item of items) {
    if ('separator' in item) pendingSeparator = out.length > 0;
    else if (hidden.has(item.id)) {
      if (pendingSeparator) out.push({ separator: true });
      pendingSeparator = false;
      out.push(item);
    }
  }
  return out;
}

export function Toolbar({ ctx }: { ctx: CommandContext }) {
  const { t } = useTranslation('ui');
  const snap = useAppStore(selectSnap);
  const title = useAppStore(selectTitle);
  const fileName = useAppStore(selectFileName);
  const rowRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLDivElement>(null);
  const hidden = useOverflow(rowRef, moreRef);
  const hiddenSet = new Set(hidden);
  const items = toolbarItems(ctx, snap);
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <span className="toolbar__brand">{t('app.name')}</span>
      <span className="toolbar__title" data-testid="document.title">
        {title || fileName || t('app.untitled')}
      </span>
      <TemplateMenu />
      <div className="toolbar__row" ref={rowRef} data-testid="toolbar.row">
        {items.map((item, index) => {
          if ('separator' in item) {
            const next = items[index + 1];
            const gone = next !== undefined && !('separator' in next) && hiddenSet.has(next.id);
            return <span key={`sep-${index}`} className={gone ? 'toolbar__sep is-overflowed' : 'toolbar__sep'} />;
          }
          return (
            <CommandButton
              key={item.id}
              id={item.id}
              ctx={ctx}
              testId={item.testId}
              icon={item.icon}
              iconOnly={item.iconOnly}
              pressed={item.pressed}
              overflowed={hiddenSet.has(item.id)}
            />
          );
        })}
      </div>
      {hidden.length > 0 ? <OverflowMenu ctx={ctx} items={overflowItems(items, hiddenSet)} moreRef={moreRef} /> : null}
      <HelpMenu ctx={ctx} />
      <LanguageSwitch />
      <CommandButton id="app.settings" ctx={ctx} testId="toolbar.settings" iconOnly icon="⚙" />
    </header>
  );
}
