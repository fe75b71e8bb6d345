import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../canvas/refusal';
import { selectHint } from '../store/selectors';
import { useAppStore, useServices } from './context';

const HINT_MS = 7000;

/** The short message over the canvas: why a connection was refused, what was opened, … */
export function HintToast() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const hint = useAppStore(selectHint);
  useEffect(() => {
    if (!hint) return;
    const timer = setTimeout(() => store.getState().clearHint(), HINT_MS);
    return () => clearTimeout(timer);
  }, [hint, store]);
  // A dotted key is a whole `ui` key from a feature's own catalog part (`exporting.copied`).
  const text = hint ? (hint.refusal ? refusalText(t, hint.refusal) : t(hint.key.includes('.') ? hint.key : `hint.${hint.key}`, { ...hint.params })) : '';
  return (
    <div className="hint-region" role="status" aria-live="polite">
      {hint && (
        <div className={`hint hint--${hint.tone}`} data-testid="canvas.hint" data-hint={hint.refusal ? `refusal.${hint.refusal.reason}` : hint.key}>
          <span>{text}</span>
          <button type="button" aria-label={t('hint.dismiss')} onClick={() => store.getState().clearHint()}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
