import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { compareScenarios, type Comparison } from '../../../shared/compare';
import { buildDeck, type Deck, type Slide } from '../../../shared/deck';
import { useAppStore, useServices } from '../ui/context';
import { selectDocument } from '../store/selectors';
import type { AppState } from '../store/types';
import type { ViewControls } from '../compare/ScenarioFlow';
import { actionForKey, buildsOf, focusOf, frameOf, presentedScenarios, step, type Place } from './plan';
import { SlideView } from './SlideView';
import './present.css';

const selectInputs = (s: AppState) => ({ document: s.document, scenarioId: s.scenarioId, compare: s.compare, language: s.language });

function today(language: 'en' | 'nl'): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date());
}

/** The deck, or why there is none (nothing drawn yet; a message from the deck model). */
function useDeck(): { deck: Deck | null; error: string | null; empty: boolean } {
  const { document, scenarioId, compare, language } = useAppStore(useShallow(selectInputs));
  const ids = presentedScenarios(document, scenarioId, compare).join('\u0000');
  return useMemo(() => {
    const chosen = ids.split('\u0000');
    if (document.scenarios.every((s) => !chosen.includes(s.id) || s.nodes.length === 0)) return { deck: null, error: null, empty: true };
    try {
      // Path steps unfold on the path slide itself (step), so no separate step slides: the same
      // slides as the PowerPoint and the PDF.
      return { deck: buildDeck(document, chosen, language, { date: today(language) }), error: null, empty: false };
    } catch (error) {
      return { deck: null, error: error instanceof Error ? error.message : String(error), empty: false };
    }
  }, [document, ids, language]);
}

/**
 * View ▸ Present (F5): the deck of the map (shared/deck, the same slides as the exports) full
 * screen. Map slides draw the live map (zoom with the wheel or + and -), the slide's nodes
 * highlighted and the rest dimmed; a path slide unfolds its steps on the map one key press at a
 * time. Keys: arrows, space, Page Up/Down, Home/End; N the speaker notes; Esc leaves, back to the
 * editor as it was (scenario, selection, view and keyboard focus). Each slide is announced.
 *
 * It is a dialog in the store (`{ type: 'present' }`), so the editor's shortcuts stay quiet.
 */
export function Presentation() {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();
  const document = useAppStore(selectDocument);
  const { deck, error, empty } = useDeck();
  const slides = useMemo(() => deck?.slides ?? [], [deck]);
  const [place, setPlace] = useState<Place>({ slide: 0, build: 0 });
  const [notes, setNotes] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const controls = useRef<ViewControls | null>(null);
  // A deck rebuilt with fewer slides (the language changed): stay on the last one.
  const at: Place = place.slide < slides.length ? place : { slide: Math.max(0, slides.length - 1), build: 0 };
  const slide: Slide | undefined = slides[at.slide];

  const leave = useCallback(() => store.getState().closeDialog(), [store]);

  // Enter: full screen, the editor out of reach, the keyboard here. Leave: all undone, and the
  // focus back where it was.
  useEffect(() => {
    const root = rootRef.current;
    const back = window.document.activeElement instanceof HTMLElement ? window.document.activeElement : null;
    const app = window.document.querySelector<HTMLElement>('[data-testid="app"]');
    app?.setAttribute('inert', '');
    root?.focus();
    let full = false;
    const off = platform.fullScreen.onChange((on) => {
      // Full screen ended from outside (the browser's own Esc): leave the presentation too.
      if (!on && full) leave();
      full = on;
    });
    if (root) void platform.fullScreen.enter(root);
    return () => {
      off();
      if (platform.fullScreen.isOn()) void platform.fullScreen.exit();
      app?.removeAttribute('inert');
      back?.focus({ preventScroll: true });
    };
  }, [platform, leave]);

  const act = useCallback(
    (action: ReturnType<typeof actionForKey>) => {
      if (action === null) return;
      if (action === 'leave') leave();
      else if (action === 'notes') setNotes((n) => !n);
      else if (action === 'zoomIn') controls.current?.zoomIn();
      else if (action === 'zoomOut') controls.current?.zoomOut();
      else if (action === 'fit') controls.current?.fit();
      else setPlace((p) => step(slides, p.slide < slides.length ? p : { slide: Math.max(0, slides.length - 1), build: 0 }, action));
    },
    [leave, slides],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // Enter and space on one of the presentation's buttons are the button's.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement) return;
      const action = actionForKey(event);
      if (action === null) return;
      event.preventDefault();
      act(action);
    };
    // In the capture phase: the editor's canvas, still mounted underneath, has document-level key
    // handlers of its own (React Flow's Space to pan) that would swallow the key first.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [act]);

  const comparison: Comparison | null = useMemo(() => {
    if (!slide || !('from' in slide)) return null;
    const from = document.scenarios.find((s) => s.id === slide.from);
    const to = document.scenarios.find((s) => s.id === slide.scenario);
    return from && to ? compareScenarios(from, to) : null;
  }, [slide, document]);
  const focus = useMemo(() => (slide ? focusOf(slide, at.build, comparison) : null), [slide, at.build, comparison]);
  const frame = useMemo(() => (slide ? frameOf(slide, at.build, comparison) : undefined), [slide, at.build, comparison]);

  /** A click on the slide (not on the map, which pans, nor a control) moves on, as in any slide show. */
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || !(event.target instanceof Element)) return;
    if (event.target.closest('.react-flow, button, a, .present__notes')) return;
    act('next');
  };

  const kindWord = slide ? t(`presenting.present.kind.${slide.kind}`) : '';
  const pathStep = slide?.kind === 'path' && at.build > 0 ? slide.steps[at.build - 1] : undefined;
  const announcement = !slide
    ? ''
    : pathStep
      ? `${t('presenting.present.slideOf', { n: at.slide + 1, count: slides.length })}: ${deck?.words.step ?? ''} ${pathStep.number}: ${pathStep.text}`
      : t('presenting.present.announce', { n: at.slide + 1, count: slides.length, kind: kindWord, title: slide.title });

  // The live region is in the page before its first words, so the first slide is announced too
  // (a region that appears with its text already in it is often not read).
  const [live, setLive] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setLive(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  return createPortal(
    <div
      ref={rootRef}
      className="present"
      data-testid="present"
      role="dialog"
      aria-modal="true"
      aria-label={t('presenting.present.label')}
      aria-describedby="present-keys"
      tabIndex={-1}
    >
      <p id="present-keys" className="visually-hidden">
        {t('presenting.present.keys')}
      </p>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="present.announce">
        {live ? announcement : ''}
      </div>
      <div className="present__stage" onClick={onClick}>
        {empty && (
          <p role="status" className="present__empty" data-testid="present.empty">
            {t('presenting.present.empty')}
          </p>
        )}
        {error !== null && (
          <p role="alert" className="present__error">
            {error}
          </p>
        )}
        {deck && slide && (
          <SlideView deck={deck} slide={slide} build={at.build} document={document} comparison={comparison} focus={focus} frame={frame} controlsRef={controls} />
        )}
      </div>
      {notes && slide && (
        <aside className="present__notes" data-testid="present.notes" aria-label={t('presenting.present.notes')}>
          <h2>{t('presenting.present.notes')}</h2>
          <p>{slide.notes || t('presenting.present.noNotes')}</p>
        </aside>
      )}
      <footer className="present__bar">
        <span data-testid="present.position">
          {slide ? t('presenting.present.slideOf', { n: at.slide + 1, count: slides.length }) : ''}
          {buildsOf(slide) > 0 && at.build > 0 ? ` · ${deck?.words.step ?? ''} ${at.build}/${buildsOf(slide)}` : ''}
        </span>
        <button type="button" data-testid="present.previous" onClick={() => act('previous')} disabled={at.slide === 0 && at.build === 0}>
          ‹ <span className="visually-hidden">{t('presenting.present.previous')}</span>
        </button>
        <button type="button" data-testid="present.next" onClick={() => act('next')} disabled={at.slide >= slides.length - 1 && at.build >= buildsOf(slide)}>
          › <span className="visually-hidden">{t('presenting.present.next')}</span>
        </button>
        <button type="button" data-testid="present.notes-toggle" aria-pressed={notes} onClick={() => act('notes')}>
          {t('presenting.present.toggleNotes')}
        </button>
        <button type="button" data-testid="present.leave" onClick={leave}>
          {t('presenting.present.leave')}
        </button>
      </footer>
    </div>,
    window.document.body,
  );
}
