import { afterEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../../../bench/generate';
import { analyze } from '../../../shared/analysis';
import { asScenarioId } from '../../../shared/model/rules';
import { analysisHeld, analysisOrHeld, registerCanvas, releaseAnalysis, resetAnalysisGate, SKETCH_FIRST_NODES, subscribeAnalysisRelease, viewKeyOf } from './analysisGate';

const big = generateScenario('current', 'Big', { nodes: SKETCH_FIRST_NODES, seed: 3 });
const small = generateScenario('current', 'Small', { nodes: SKETCH_FIRST_NODES - 1, seed: 3 });
const key = viewKeyOf({ loadCount: 7, scenarioId: big.id });

afterEach(resetAnalysisGate);

describe('the analysis gate', () => {
  it('holds a big map’s first analysis while a canvas is mounted, until the canvas releases its view', () => {
    const unmount = registerCanvas();
    expect(analysisHeld(big, key)).toBe(true);
    expect(analysisOrHeld(big, key)).toBeNull();
    releaseAnalysis(key);
    expect(analysisHeld(big, key)).toBe(false);
    // The same result the panels got before the gate: the memoised analysis of the scenario.
    expect(analysisOrHeld(big, key)).toBe(analyze(big));
    unmount();
  });

  it('never holds a smaller map (no "working" flash), nor anything without a canvas to release it', () => {
    const unmount = registerCanvas();
    expect(analysisOrHeld(small, key)).toBe(analyze(small));
    unmount();
    expect(analysisHeld(big, key)).toBe(false);
  });

  it('holds each view separately: another load or scenario of the same map waits again, one released before does not', () => {
    const unmount = registerCanvas();
    releaseAnalysis(key);
    expect(analysisHeld(big, viewKeyOf({ loadCount: 8, scenarioId: big.id }))).toBe(true);
    expect(analysisHeld(big, viewKeyOf({ loadCount: 7, scenarioId: asScenarioId('target') }))).toBe(true);
    expect(analysisHeld(big, key)).toBe(false);
    unmount();
    unmount(); // a second call changes nothing
    expect(analysisHeld(big, viewKeyOf({ loadCount: 9, scenarioId: big.id }))).toBe(false);
  });

  it('tells the readers of the analysis once per release, so they render the result', () => {
    registerCanvas();
    let calls = 0;
    const off = subscribeAnalysisRelease(() => {
      calls += 1;
    });
    releaseAnalysis(key);
    releaseAnalysis(key); // already released: no second render
    expect(calls).toBe(1);
    off();
    releaseAnalysis(viewKeyOf({ loadCount: 8, scenarioId: big.id }));
    expect(calls).toBe(1);
  });
});
