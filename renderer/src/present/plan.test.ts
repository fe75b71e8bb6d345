import { describe, expect, it } from 'vitest';
import { scenario } from '../../../test-support/analysis/builders';
import { compareScenarios } from '../../../shared/compare';
import { buildDeck, type PathSlide, type Slide } from '../../../shared/deck';
import { FORMAT_NAME, FORMAT_VERSION, type OrgDocument, type Scenario, type ScenarioId } from '../../../shared/model/types';
import { GHOST_PREFIX } from '../canvas/flow';
import { actionForKey, buildsOf, focusOf, frameOf, presentedScenarios, riskTableLook, RISK_TEXT_PX, SLIDE_MAX_ZOOM, SLIDE_PADDING, STEP_MAX_ZOOM, STEP_PADDING, step } from './plan';

const named = (s: Scenario, id: string, name: string): Scenario => ({ ...s, id: id as ScenarioId, name });
const current = named(
  scenario().dept('mkt', 'Marketing').unit('north', 'North').ownedAccount('mkt', 'x1', 'x', 'Brand X').account('orphan', 'instagram', 'Old Insta').build(),
  'current',
  'Current',
);
const target = named(
  scenario().team('hub', 'Social Hub').dept('mkt', 'Marketing').unit('north', 'North').coordinates('hub', 'mkt', 'north').ownedAccount('mkt', 'x1', 'x', 'Brand X').build(),
  'target',
  'Target',
);
const other = named(scenario().dept('d', 'Sales').build(), 'other', 'Other');
const doc: OrgDocument = { format: FORMAT_NAME, version: FORMAT_VERSION, title: 'Red Cross', scenarios: [current, target] };
const id = (s: string) => s as ScenarioId;
const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('presentation plan', () => {
  it('presents the compared pair, else first → target, else the scenario on screen', () => {
    expect(presentedScenarios(doc, id('target'), { from: id('target'), to: id('current') })).toEqual(['target', 'current']);
    expect(presentedScenarios(doc, id('target'), null)).toEqual(['current', 'target']);
    // A compared pair that no longer exists falls back.
    expect(presentedScenarios(doc, id('current'), { from: id('gone'), to: id('target') })).toEqual(['current', 'target']);
    const single: OrgDocument = { ...doc, scenarios: [current, other] };
    expect(presentedScenarios(single, id('other'), null)).toEqual(['other']);
    expect(presentedScenarios(single, id('gone'), null)).toEqual(['current']);
  });

  it('maps the slide-show keys, and leaves modified keys to the app', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(actionForKey(key(k))).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(actionForKey(key(k))).toBe('previous');
    expect(actionForKey(key('Home'))).toBe('first');
    expect(actionForKey(key('End'))).toBe('last');
    expect(actionForKey(key('n'))).toBe('notes');
    expect(actionForKey(key('N'))).toBe('notes');
    expect(actionForKey(key('Escape'))).toBe('leave');
    expect(actionForKey(key('+'))).toBe('zoomIn');
    expect(actionForKey(key('-'))).toBe('zoomOut');
    expect(actionForKey(key('0'))).toBe('fit');
    expect(actionForKey(key('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(actionForKey(key('n', { metaKey: true }))).toBeNull();
    expect(actionForKey(key('q'))).toBeNull();
  });

  it('unfolds a path slide step by step before moving on, and back', () => {
    const deck = buildDeck(doc, ['current', 'target'], 'en');
    const slides: readonly Slide[] = deck.slides;
    const p = slides.findIndex((s) => s.kind === 'path');
    const path = slides[p] as PathSlide;
    expect(path.steps.length).toBeGreaterThan(0);
    expect(buildsOf(path)).toBe(path.steps.length);
    expect(buildsOf(slides[0])).toBe(0);
    let at = { slide: p, build: 0 };
    for (let b = 1; b <= path.steps.length; b++) {
      at = step(slides, at, 'next');
      expect(at).toEqual({ slide: p, build: b });
    }
    expect(step(slides, at, 'next')).toEqual({ slide: p + 1, build: 0 });
    expect(step(slides, at, 'previous')).toEqual({ slide: p, build: path.steps.length - 1 });
    expect(step(slides, { slide: p + 1, build: 0 }, 'previous')).toEqual({ slide: p, build: 0 });
    // The ends hold.
    expect(step(slides, { slide: 0, build: 0 }, 'previous')).toEqual({ slide: 0, build: 0 });
    const last = { slide: slides.length - 1, build: 0 };
    expect(step(slides, last, 'next')).toEqual(last);
    expect(step(slides, { slide: 3, build: 0 }, 'first')).toEqual({ slide: 0, build: 0 });
    expect(step(slides, { slide: 0, build: 0 }, 'last')).toEqual(last);
  });

  it("singles out a step's nodes on the map, removed ones as their ghosts; whole slides dim nothing", () => {
    const deck = buildDeck(doc, ['current', 'target'], 'en');
    const comparison = compareScenarios(current, target);
    const path = deck.slides.find((s): s is PathSlide => s.kind === 'path');
    if (!path) throw new Error('no path slide');
    expect(focusOf(path, 0, comparison)).toBeNull();
    path.steps.forEach((s, i) => {
      const focus = focusOf(path, i + 1, comparison);
      expect(focus && [...focus].sort()).toEqual([...s.toNodes, ...s.fromNodes.map((n) => `${GHOST_PREFIX}${n}`)].sort());
    });
    // The orphan account is closed by some step: it is singled out as its ghost.
    const closing = path.steps.findIndex((s) => s.fromNodes.some((n) => n === 'orphan'));
    expect(closing).toBeGreaterThanOrEqual(0);
    expect(focusOf(path, closing + 1, comparison)?.has(`${GHOST_PREFIX}orphan`)).toBe(true);
    const map = deck.slides.find((s) => s.kind === 'map');
    if (!map) throw new Error('no map slide');
    expect(focusOf(map, 0, null)).toBeNull();
    const title = deck.slides[0];
    if (!title) throw new Error('no title slide');
    expect(focusOf(title, 0, null)).toBeNull();
  });

  it("frames a map slide's own nodes (a part of a split map) or the whole map, edge to edge; a path step with its neighbours", () => {
    const deck = buildDeck(doc, ['current', 'target'], 'en');
    const comparison = compareScenarios(current, target);
    const map = deck.slides.find((s) => s.kind === 'map');
    if (!map) throw new Error('no map slide');
    // The whole map, with a fixed pixel margin (not a fraction of the pane) and a cap on blowing up a small map.
    expect(frameOf(map, 0, null)).toEqual({ nodes: null, neighbours: false, padding: SLIDE_PADDING, maxZoom: SLIDE_MAX_ZOOM });
    expect(SLIDE_PADDING).toMatch(/^\d+px$/);
    expect(Number.parseInt(SLIDE_PADDING, 10)).toBeLessThanOrEqual(40);
    // A split scenario: each part's slide frames that part's nodes only, without their neighbours.
    const split = buildDeck(doc, ['target'], 'en', { splitLimit: 2 });
    const parts = split.slides.filter((s) => s.kind === 'map' && s.nodes !== null);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      if (part.kind !== 'map' || !part.nodes) continue;
      const frame = frameOf(part, 0, null);
      expect(frame.nodes && [...frame.nodes].sort()).toEqual([...part.nodes].sort());
      expect(frame.neighbours).toBe(false);
    }
    // The path: the whole map until a step unfolds, then the step's nodes and their neighbours.
    const path = deck.slides.find((s): s is PathSlide => s.kind === 'path');
    if (!path) throw new Error('no path slide');
    expect(frameOf(path, 0, comparison).nodes).toBeNull();
    const first = frameOf(path, 1, comparison);
    expect(first.nodes).toEqual(focusOf(path, 1, comparison));
    expect(first).toMatchObject({ neighbours: true, padding: STEP_PADDING, maxZoom: STEP_MAX_ZOOM });
  });

  it('sets a short risk table big and in the middle, never smaller than a long one', () => {
    const one = riskTableLook(1);
    expect(one.centred).toBe(true);
    expect(one.fontPx).toBeGreaterThanOrEqual(RISK_TEXT_PX * 1.4);
    let previous = Infinity;
    for (let rows = 1; rows <= 12; rows++) {
      const look = riskTableLook(rows);
      expect(look.fontPx).toBeGreaterThanOrEqual(RISK_TEXT_PX);
      expect(look.fontPx).toBeLessThanOrEqual(previous);
      previous = look.fontPx;
    }
    expect(riskTableLook(8)).toEqual({ fontPx: RISK_TEXT_PX, centred: false });
  });
});
