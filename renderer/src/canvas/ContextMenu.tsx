/**
 * The context menu of a node, a relation or the pane (right-click, Shift+F10, the context-menu
 * key). Its entries are registry commands (contextMenu.ts): the same labels, shortcuts and enabled
 * states as the menus and the keys. A WAI-ARIA menu: the arrows, Home and End move, Enter or Space
 * runs, Escape closes and gives the focus back, Tab or a click elsewhere closes.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortcut, getCommand, labelKeyOf, type CommandContext } from '../commands/commands';
import { contextMenuEntries, SEPARATOR, type ContextMenuRequest } from './contextMenu';

export function ContextMenu({ ctx, request }: { ctx: CommandContext; request: ContextMenuRequest }) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: request.x, top: request.y });
  const state = ctx.store.getState();
  const entries = contextMenuEntries(request.target, state);

  // Where the focus was, to give it back on Escape; the first enabled item gets it now.
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, []);

  // Kept inside the window.
  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPlace({ left: Math.max(4, Math.min(request.x, window.innerWidth - width - 4)), top: Math.max(4, Math.min(request.y, window.innerHeight - height - 4)) });
  }, [request.x, request.y]);

  const close = (restoreFocus: boolean) => {
    ctx.store.getState().closeDialog();
    const back = opener.current;
    if (restoreFocus && back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  };

  const run = (id: string) => {
    const command = getCommand(id);
    if (!command || !command.enabled(ctx.store.getState(), ctx)) return;
    // Closed first: the command may open a dialog of its own (Connect, Find).
    close(true);
    command.run(ctx);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at < 0 ? -1 : at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(-1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      // Type-ahead: the next item starting with that letter.
      const letter = event.key.toLowerCase();
      const next = items.findIndex((el, i) => i > at && el.textContent?.trim().toLowerCase().startsWith(letter));
      const index = next >= 0 ? next : items.findIndex((el) => el.textContent?.trim().toLowerCase().startsWith(letter));
      if (index >= 0) go(index);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      className="context-menu__backdrop"
      data-testid="context-menu.backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close(false);
      }}
      onContextMenu={(e) => {
        e.preventDefault();
        if (e.target === e.currentTarget) close(false);
      }}
    >
      <div
        ref={ref}
        className="context-menu"
        role="menu"
        aria-label={t(`editor.contextMenu.${request.target}`)}
        data-testid="context-menu"
        data-target={request.target}
        style={{ left: place.left, top: place.top }}
        onKeyDown={onKeyDown}
      >
        {entries.map((id, index) => {
          if (id === SEPARATOR) return <div key={`sep-${index}`} role="separator" className="context-menu__separator" />;
          const command = getCommand(id);
          if (!command) return null;
          const enabled = command.enabled(state, ctx);
          const shortcut = command.shortcuts[0];
          return (
            <button
              key={id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="context-menu__item"
              data-command={id}
              aria-disabled={!enabled}
              onClick={() => run(id)}
            >
              <span className="context-menu__label">{t(labelKeyOf(command, ctx.platform))}</span>
              {shortcut ? <span className="context-menu__shortcut">{formatShortcut(shortcut, ctx.platform.isMac)}</span> : null}
            </button>
          );
        })}
      </div>
    </div>
  );
}
