import { useTranslation } from 'react-i18next';
import { MODELS, type ModelId } from '../../../shared/analysis/types';
import { emptyDocument } from '../../../shared/model';
import { getCommand, runCommand, type CommandContext } from '../commands/commands';
import { confirmDiscard } from '../document/confirmDiscard';
import { useAppStore, useServices } from '../ui/context';
import { ModelPicture } from './ModelPicture';
import { selectLanguage } from '../store/selectors';
import { Modal } from '../ui/Modal';
import { loadTemplate } from '../document/templates';

/**
 * The first-run welcome (and Help ▸ Welcome): what Orgmap is for, the five example maps, and the
 * other ways to start. Closing it in any way counts as dismissed (the `welcomed` setting), so it
 * is not shown at start again.
 */
export function WelcomeDialog({ ctx }: { ctx: CommandContext }) {
  const { t } = useTranslation('ui');
  const { t: ta } = useTranslation('analysis');
  const { store, platform } = useServices();
  const language = useAppStore(selectLanguage);

  const close = () => {
    store.getState().setWelcomed(true);
    store.getState().closeDialog();
  };
  /** Closes first: the command may open a dialog of its own (import) or a file picker. */
  const run = (id: string) => {
    close();
    runCommand(id, ctx);
  };
  const start = (id: ModelId | 'empty') => {
    void confirmDiscard(store, t('template.title')).then((ok) => {
      if (!ok) return;
      close();
      store.getState().loadDocument(id === 'empty' ? emptyDocument('', t('app.current')) : loadTemplate(id), null);
      platform.adoptDocument(null);
    });
  };
  // Another engineer's command; offered only when the registry has it.
  const canImport = getCommand('file.import') !== undefined;

  return (
    <Modal title={t('look.welcome.title')} testId="welcome" onClose={close}>
      <div className="welcome">
        <p className="welcome__intro">{t('look.welcome.intro')}</p>
        <h3 className="panel-subtitle" id="welcome-templates">
          {t('look.welcome.templates')}
        </h3>
        <ul className="welcome__cards" aria-labelledby="welcome-templates">
          {MODELS.map((id, i) => (
            <li key={id}>
              <button type="button" className="welcome__card" data-testid={`welcome.template.${id}`} onClick={() => start(id)} {...(i === 0 ? { 'data-autofocus': '' } : {})}>
                {/* Decorative here: the card's name says which model it is. */}
                <ModelPicture model={id} language={language} alt="" />
                <span className="welcome__card-name">{ta(`models.${id}.name`)}</span>
                <span className="welcome__card-text">{t('look.welcome.template')}</span>
              </button>
            </li>
          ))}
        </ul>
        <h3 className="panel-subtitle">{t('look.welcome.other')}</h3>
        <div className="welcome__actions">
          <button type="button" data-testid="welcome.open" onClick={() => run('file.open')}>
            {t('look.welcome.open')}
          </button>
          {canImport && (
            <button type="button" data-testid="welcome.import" onClick={() => run('file.import')}>
              {t('look.welcome.import')}
            </button>
          )}
          <button type="button" data-testid="welcome.empty" onClick={() => start('empty')}>
            {t('look.welcome.empty')}
          </button>
        </div>
        <p className="panel-help">{t('look.welcome.later')}</p>
      </div>
    </Modal>
  );
}
