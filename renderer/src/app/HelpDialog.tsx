import { useTranslation } from 'react-i18next';
import { COMMANDS, formatShortcut, labelKeyOf } from './commands';
import { useServices } from './context';
import { Modal } from './Modal';

const GESTURES = ['boxSelect', 'addSelect', 'pan', 'connect', 'nodeKeys', 'tabs'] as const;

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
