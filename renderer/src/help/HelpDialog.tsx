import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MODELS } from '../../../shared/analysis/types';
import { COMMANDS, formatShortcut, getCommand, labelKeyOf, runCommand, type Command, type CommandContext } from '../commands/commands';
import { useAppStore, useServices } from '../ui/context';
import { ModelPicture } from './ModelPicture';
import { selectLanguage } from '../store/selectors';
import { Modal } from '../ui/Modal';
import { ModelGuideText } from './ModelGuide';
import { useDisclosure } from '../ui/useDisclosure';

const GESTURES = ['boxSelect', 'addSelect', 'pan', 'connect', 'nodeKeys', 'inspectorKeys', 'tabs'] as const;

/** Every command with its shortcuts, read from the registry, and the canvas gestures. */
export function HelpDialog() {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();
  return (
    <Modal title={t('dialog.helpTitle')} testId="help-dialog" onClose={() => store.getState().closeDialog()}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('dialog.command')}</th>
            <th scope="col">{t('dialog.shortcut')}</th>
          </tr>
        </thead>
        <tbody>
          {COMMANDS.filter((c) => c.shortcuts.length > 0).map((c) => (
            <tr key={c.id} data-command-id={c.id}>
              <td>{t(labelKeyOf(c, platform))}</td>
              <td>
                {c.shortcuts.map((s, i) => (
                  <kbd key={i}>{formatShortcut(s, platform.isMac)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="panel-subtitle">{t('dialog.mouseTitle')}</h3>
      <ul className="gestures">
        {GESTURES.map((g) => (
          <li key={g}>{t(`dialog.gestures.${g}`)}</li>
        ))}
      </ul>
    </Modal>
  );
}

/** Help ▸ Model guide: all five models, each with what it is, strengths, weaknesses and who uses it. */
export function ModelGuideDialog() {
  const { t } = useTranslation('ui');
  const { t: ta } = useTranslation('analysis');
  const { store } = useServices();
  const language = useAppStore(selectLanguage);
  return (
    <Modal title={t('look.guide.title')} testId="model-guide" onClose={() => store.getState().closeDialog()}>
      <p className="panel-help">{t('look.guide.intro')}</p>
      {MODELS.map((model) => (
        <section key={model} className="guide guide--all" data-testid={`model-guide.${model}`} aria-labelledby={`model-guide-${model}`}>
          <h3 id={`model-guide-${model}`} className="guide__name">
            {ta(`models.${model}.name`)}
          </h3>
          <ModelPicture model={model} language={language} alt={t('editor.modelPicture', { model: ta(`models.${model}.name`) })} />
          <ModelGuideText model={model} />
        </section>
      ))}
    </Modal>
  );
}

/** The Help menu's commands, in order; those not enabled here (Open log folder in a browser) are left out. */
const HELP_ITEMS = ['help.shortcuts', 'help.modelGuide', 'help.welcome', 'help.openLogFolder', 'help.about'] as const;

/** The toolbar's Help menu: a disclosure listing the registry's help commands. */
export function HelpMenu({ ctx }: { ctx: CommandContext }) {
  const { t } = useTranslation('ui');
  const { open, setOpen, ref } = useDisclosure();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const items = HELP_ITEMS.map((id) => getCommand(id)).filter((c): c is Command => c !== undefined && c.enabled(ctx.store.getState(), ctx));
  return (
    <div
      className="menu"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button ref={buttonRef} type="button" className="tool-button" data-testid="help.menu" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)}>
        <span className="tool-button__label">{t('look.helpMenu.label')}</span>
      </button>
      {open && (
        <ul className="menu__list menu__list--end" aria-label={t('look.helpMenu.label')}>
          {items.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                data-testid={`help.menu.${c.id}`}
                autoFocus={i === 0}
                onClick={() => {
                  setOpen(false);
                  // The dialog gives the focus back to where it was: the menu button, not this vanishing item.
                  buttonRef.current?.focus();
                  runCommand(c.id, ctx);
                }}
              >
                {t(labelKeyOf(c, ctx.platform))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
