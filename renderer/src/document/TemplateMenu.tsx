import { useTranslation } from 'react-i18next';
import { MODELS } from '../../../shared/analysis/types';
import { emptyDocument } from '../../../shared/model';
import { useServices } from '../ui/context';
import { loadTemplate } from './templates';
import { confirmDiscard } from './confirmDiscard';
import { useDisclosure } from '../ui/useDisclosure';

/** "New from template": the five starter maps and an empty map, as a disclosure menu. */
export function TemplateMenu() {
  const { t } = useTranslation('ui');
  const { t: ta } = useTranslation('analysis');
  const { store, platform } = useServices();
  const { open, setOpen, ref } = useDisclosure();

  const choose = (id: (typeof MODELS)[number] | 'empty') => {
    setOpen(false);
    void confirmDiscard(store, t('template.title')).then((ok) => {
      if (!ok) return;
      const doc = id === 'empty' ? emptyDocument('', t('app.current')) : loadTemplate(id);
      store.getState().loadDocument(doc, null);
      platform.adoptDocument(null);
    });
  };

  return (
    <div className="menu" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="tool-button" data-testid="template.menu" aria-label={t('template.title')} title={t('template.title')} aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true" className="tool-button__icon">✚</span>
        <span className="tool-button__label">{t('template.title')}</span>
      </button>
      {open && (
        <ul className="menu__list" aria-label={t('template.choose')}>
          <li>
            <button type="button" data-testid="template.empty" onClick={() => choose('empty')} autoFocus>
              {t('template.empty')}
            </button>
          </li>
          {MODELS.map((id) => (
            <li key={id}>
              <button type="button" data-testid={`template.${id}`} onClick={() => choose(id)}>
                {ta(`models.${id}.name`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
