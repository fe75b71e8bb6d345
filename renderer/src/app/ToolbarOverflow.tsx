/**
 * The toolbar's overflow (issue #16): the command buttons that do not fit the window's width are
 * hidden in the row and listed in a "More" (⋯) menu instead. A ResizeObserver watches the row and
 * its buttons (their labels change with the language); a button counts as fitting when its right
 * edge is inside the row. The menu is a WAI-ARIA menu button: Enter, Space or ArrowDown opens it on
 * the first item, ArrowUp on the last; the arrows, Home and End move; Enter runs the same registry
 * command as the button; Escape closes and gives the focus back to the ⋯ button; Tab closes.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortcut, getCommand, labelKeyOf, runCommand, type CommandContext } from '../commands/commands';
import { useDisclosure } from '../ui/useDisclosure';

/** One overflowable toolbar entry: a registry command, or a separator between groups. */
export type ToolbarItem = { id: string; testId: string; icon: string; iconOnly?: boolean; pressed?: boolean } | { separator: true };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The command ids of the row's buttons that do not fit. `row` holds the buttons (each with a
 * `data-command` attribute); `more` is the ⋯ menu's wrapper, there only while something overflows.
 */
export function useOverflow(row: RefObject<HTMLElement | null>, more: RefObject<HTMLElement | null>): string[] {
  const [hidden, setHidden] = useState<string[]>([]);
  useLayoutEffect(() => {
    const measure = () => {
      const box = row.current;
      if (!box) return;
      const rect = box.getBoundingClientRect();
      const limit = rect.right - parseFloat(getComputedStyle(box).paddingRight || '0') + 0.5;
      const buttons = [...box.querySelectorAll<HTMLElement>('[data-command]')];
      const rights = buttons.map((el) => el.getBoundingClientRect().right);
      // While the ⋯ button is shown it takes its own width (and the gap) from the row; without it the
      // row would be that much wider.
      const moreEl = more.current;
      const slack = moreEl ? moreEl.getBoundingClientRect().width + parseFloat(getComputedStyle(box.parentElement ?? box).columnGap || '0') : 0;
      const next = Math.max(0, ...rights) <= limit + slack ? [] : buttons.filter((_, i) => (rights[i] ?? 0) > limit).map((el) => el.dataset.command ?? '');
      setHidden((previous) => (sameList(previous, next) ? previous : next));
    };
    const box = row.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    // Measured in the next frame: a change made inside the observer's callback would only be seen
    // after a "ResizeObserver loop" warning. The observer reports every element once at the start.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(box);
    for (const el of box.querySelectorAll('[data-command]')) observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [row, more]);
  return hidden;
}

/** The ⋯ button and its menu of the commands that did not fit. */
export function OverflowMenu({ ctx, items, moreRef }: { ctx: CommandContext; items: readonly ToolbarItem[]; moreRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation('ui');
  const { open, setOpen, ref } = useDisclosure();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // Which item gets the focus when the menu opens: the first or (ArrowUp) the last.
  const [start, setStart] = useState<'first' | 'last'>('first');

  const enabledItems = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];
  useEffect(() => {
    if (!open) return;
    const list = enabledItems();
    (start === 'last' ? list[list.length - 1] : list[0])?.focus();
  }, [open, start]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  const openAt = (where: 'first' | 'last') => {
    setStart(where);
    setOpen(true);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') openAt('first');
    else if (event.key === 'ArrowUp') openAt('last');
    else return;
    event.preventDefault();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = enabledItems();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at < 0 ? -1 : at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(-1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const state = ctx.store.getState();
  const label = t('editor.toolbar.more');
  return (
    <div
      className="menu toolbar-more"
      ref={(el) => {
        ref.current = el;
        moreRef.current = el;
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="tool-button"
        data-testid="toolbar.more"
        aria-label={label}
        title={t('editor.toolbar.moreTitle')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'toolbar-more-menu' : undefined}
        onKeyDown={onButtonKeyDown}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
      >
        <span aria-hidden="true" className="tool-button__icon">⋯</span>
      </button>
      {open ? (
        <div ref={listRef} id="toolbar-more-menu" className="menu__list menu__list--end toolbar-more__list" role="menu" aria-label={label} data-testid="toolbar.more.menu" onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => {
            if ('separator' in item) return <div key={`sep-${index}`} role="separator" className="toolbar-more__separator" />;
            const command = getCommand(item.id);
            if (!command) return null;
            const enabled = command.enabled(state, ctx);
            const shortcut = command.shortcuts[0];
            return (
              <button
                key={item.id}
                type="button"
                role={item.pressed === undefined ? 'menuitem' : 'menuitemcheckbox'}
                {...(item.pressed === undefined ? {} : { 'aria-checked': item.pressed })}
                tabIndex={-1}
                className="toolbar-more__item"
                data-testid={`toolbar.more.${item.testId.replace(/^toolbar\./, '')}`}
                data-command-id={item.id}
                aria-disabled={!enabled}
                onClick={() => {
                  if (!getCommand(item.id)?.enabled(ctx.store.getState(), ctx)) return;
                  // Closed first, the focus on ⋯: a dialog the command opens gives the focus back there.
                  close(true);
                  runCommand(item.id, ctx);
                }}
              >
                <span aria-hidden="true" className="toolbar-more__icon">{item.icon}</span>
                <span className="toolbar-more__label">{t(labelKeyOf(command, ctx.platform))}</span>
                {shortcut ? <span className="toolbar-more__shortcut">{formatShortcut(shortcut, ctx.platform.isMac)}</span> : null}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
