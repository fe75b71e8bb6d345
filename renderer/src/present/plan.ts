/**
 * What the presentation shows, as pure functions of the app state and the deck: which scenarios,
 * what a key does, which nodes a slide singles out. The slides themselves come from the deck model
 * (shared/deck), the same as the PowerPoint and PDF exports.
 */
import type { Comparison } from '../../../shared/compare';
import type { Slide } from '../../../shared/deck';
import type { OrgDocument, ScenarioId } from '../../../shared/model/types';
import { GHOST_PREFIX } from '../canvas/flow';
import type { FrameSpec } from '../compare/ScenarioFlow';
import { TARGET_ID } from '../../../shared/model/edits';

/**
 * The scenarios to present: the pair being compared; else the first scenario and `target` when the
 * map has one (the board story: current → target); else the scenario on screen.
 */
export function presentedScenarios(document: OrgDocument, active: ScenarioId, compare: { readonly from: ScenarioId; readonly to: ScenarioId } | null): ScenarioId[] {
  const ids = new Set(document.scenarios.map((s) => s.id));
  if (compare && compare.from !== compare.to && ids.has(compare.from) && ids.has(compare.to)) return [compare.from, compare.to];
  const first = document.scenarios[0];
  if (first && first.id !== TARGET_ID && ids.has(TARGET_ID)) return [first.id, TARGET_ID];
  return [ids.has(active) ? active : (first?.id ?? active)];
}

export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'notes' | 'leave' | 'zoomIn' | 'zoomOut' | 'fit';

/** What a key press means in the presentation (null: not ours). */
export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresentAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'n':
    case 'N':
      return 'notes';
    case 'Escape':
      return 'leave';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
      return 'zoomOut';
    case '0':
      return 'fit';
    default:
      return null;
  }
}

/** Where the presenter is: a slide, and on a path slide how many of its steps have unfolded. */
export interface Place {
  readonly slide: number;
  /** 0: the whole path; k: step k of the slide's steps on the canvas. */
  readonly build: number;
}

/** How many builds a slide has beyond its first look: one per step on a path slide. */
export function buildsOf(slide: Slide | undefined): number {
  return slide?.kind === 'path' ? slide.steps.length : 0;
}

/** The next or previous place: a path slide unfolds step by step before the deck moves on. */
export function step(slides: readonly Slide[], at: Place, action: 'next' | 'previous' | 'first' | 'last'): Place {
  const last = Math.max(0, slides.length - 1);
  if (action === 'first') return { slide: 0, build: 0 };
  if (action === 'last') return { slide: last, build: 0 };
  if (action === 'next') {
    if (at.build < buildsOf(slides[at.slide])) return { slide: at.slide, build: at.build + 1 };
    return at.slide < last ? { slide: at.slide + 1, build: 0 } : at;
  }
  if (at.build > 0) return { slide: at.slide, build: at.build - 1 };
  return at.slide > 0 ? { slide: at.slide - 1, build: 0 } : at;
}

/**
 * The nodes a slide's canvas singles out (the rest is dimmed), as canvas ids (a removed node is
 * its ghost); null: the whole map, nothing dimmed. `comparison` is the slide's from → to.
 */
export function focusOf(slide: Slide, build: number, comparison: Comparison | null): ReadonlySet<string> | null {
  const removed = new Set<string>(comparison?.nodes.removed ?? []);
  // A removed node (an id of `from`, gone from the target) is drawn as its ghost.
  const onCanvas = (id: string) => (removed.has(id) ? `${GHOST_PREFIX}${id}` : id);
  switch (slide.kind) {
    case 'map':
      if (slide.nodes) return new Set(slide.nodes);
      return slide.highlighted.length > 0 ? new Set(slide.highlighted) : null;
    case 'changes':
      return slide.nodes ? new Set(slide.nodes.map(onCanvas)) : null;
    case 'path': {
      const s = build > 0 ? slide.steps[build - 1] : undefined;
      return s ? new Set([...s.toNodes, ...s.fromNodes.map((id) => `${GHOST_PREFIX}${id}`)]) : null;
    }
    case 'step':
      return new Set([...slide.step.toNodes, ...slide.step.fromNodes.map((id) => `${GHOST_PREFIX}${id}`)]);
    default:
      return null;
  }
}

/**
 * Room around a slide's map, in screen pixels: the boxes fill the pane beside the verdict panel
 * with a margin that stays the same whatever the map's size (a fraction would leave a big map a
 * thin border and a small one a wide moat).
 */
export const SLIDE_PADDING = '28px';
/** Around a step of the path: room for its neighbours' lines to show where it sits. */
export const STEP_PADDING = '64px';
/** A small map is not blown up past this (a three-box map at 4× looks like a mistake). */
export const SLIDE_MAX_ZOOM = 1.6;
/** A step is shown at no more than the editor's own size, so its surroundings stay in view. */
export const STEP_MAX_ZOOM = 1;

/**
 * What a slide's map frames: the slide's own nodes (a part of a split scenario) or the whole map
 * (ghosts included), filling the pane; on a path step, the step's nodes with their neighbours.
 */
export function frameOf(slide: Slide, build: number, comparison: Comparison | null): FrameSpec {
  const whole: FrameSpec = { nodes: null, neighbours: false, padding: SLIDE_PADDING, maxZoom: SLIDE_MAX_ZOOM };
  switch (slide.kind) {
    case 'map':
      return slide.nodes ? { ...whole, nodes: new Set(slide.nodes) } : whole;
    case 'changes': {
      const focus = focusOf(slide, build, comparison);
      return focus ? { ...whole, nodes: focus } : whole;
    }
    case 'path':
    case 'step': {
      const focus = focusOf(slide, build, comparison);
      return focus && focus.size > 0 ? { nodes: focus, neighbours: true, padding: STEP_PADDING, maxZoom: STEP_MAX_ZOOM } : whole;
    }
    default:
      return whole;
  }
}

/** The risk table's type size in px for the normal case: many rows. */
export const RISK_TEXT_PX = 18;

/**
 * How a risk table with `rows` rows is set: few rows get bigger type and sit in the middle of the
 * slide instead of a strip along its top; never smaller than the many-rows size.
 */
export function riskTableLook(rows: number): { readonly fontPx: number; readonly centred: boolean } {
  if (rows <= 1) return { fontPx: 26, centred: true };
  if (rows <= 3) return { fontPx: 22, centred: true };
  if (rows <= 5) return { fontPx: 20, centred: false };
  return { fontPx: RISK_TEXT_PX, centred: false };
}
