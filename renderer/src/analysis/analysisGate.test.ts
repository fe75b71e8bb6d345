import { beforeEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../../../bench/generate';
import { analyze } from '../../../shared/analysis';
import { asScenarioId } from '../../../shared/model/rules';
import { createAppStore } from '../store';
import { AnalysisGate } from '../store/analysisGate';
import { analysisHeld, analysisOrHeld, registerCanvas, releaseAnalysis, SKETCH_FIRST_NODES, subscribeAnalysisRelease, viewKeyOf } from './analysisGate';

const big = generateScenario('current', 'Big', { nodes: SKETCH_FIRST_NODES, seed: 3 });
const small = generateScenario('current', 'Small', { nodes: SKETCH_FIRST_NODES - 1, seed: 3 });
const key = viewKeyOf({ loadCount: 7, scenarioId: big.id });

let gate: AnalysisGate;
beforeEach(() => {
  gate = new AnalysisGate();
});

describe('the analysis gate', () => {
  it('holds a big map’s first analysis while a canvas is mounted, until the canvas releases its view', () => {
    const unmount = registerCanvas(gate);
    expect(analysisHeld(gate, big, key)).toBe(true);
    expect(analysisOrHeld(gate, big, key)).toBeNull();
    releaseAnalysis(gate, key);
    expect(analysisHeld(gate, big, key)).toBe(false);
    // The same result the panels got before the gate: the memoised analysis of the scenario.
    expect(analysisOrHeld(gate, big, key)).toBe(analyze(big));
    unmount();
  });

  it('never holds a smaller map (no "working" flash), nor anything without a canvas to release it', () => {
    const unmount = registerCanvas(gate);
    expect(analysisOrHeld(gate, small, key)).toBe(analyze(small));
    unmount();
    expect(analysisHeld(gate, big, key)).toBe(false);
  });

  it('holds each view separately: another load or scenario of the same map waits again, one released before does not', () => {
    const unmount = registerCanvas(gate);
    releaseAnalysis(gate, key);
    expect(analysisHeld(gate, big, viewKeyOf({ loadCount: 8, scenarioId: big.id }))).toBe(true);
    expect(analysisHeld(gate, big, viewKeyOf({ loadCount: 7, scenarioId: asScenarioId('target') }))).toBe(true);
    expect(analysisHeld(gate, big, key)).toBe(false);
    unmount();
    unmount(); // a second call changes nothing
    expect(analysisHeld(gate, big, viewKeyOf({ loadCount: 9, scenarioId: big.id }))).toBe(false);
  });

  it('tells the readers of the analysis once per release, so they render the result', () => {
    registerCanvas(gate);
    let calls = 0;
    const off = subscribeAnalysisRelease(gate, () => {
      calls += 1;
    });
    releaseAnalysis(gate, key);
    releaseAnalysis(gate, key); // already released: no second render
    expect(calls).toBe(1);
    off();
    releaseAnalysis(gate, viewKeyOf({ loadCount: 8, scenarioId: big.id }));
    expect(calls).toBe(1);
  });

  it('is one per store: a canvas on one store neither holds nor releases another store\'s views', () => {
    const a = createAppStore();
    const b = createAppStore();
    expect(a.analysisGate).not.toBe(b.analysisGate);
    const unmountA = registerCanvas(a.analysisGate);
    expect(analysisHeld(a.analysisGate, big, key)).toBe(true);
    // No canvas on b: its panels get their analysis at once.
    expect(analysisHeld(b.analysisGate, big, key)).toBe(false);
    const unmountB = registerCanvas(b.analysisGate);
    let callsA = 0;
    const off = subscribeAnalysisRelease(a.analysisGate, () => {
      callsA += 1;
    });
    releaseAnalysis(b.analysisGate, key);
    expect(analysisHeld(b.analysisGate, big, key)).toBe(false);
    expect(analysisHeld(a.analysisGate, big, key)).toBe(true);
    expect(callsA).toBe(0);
    off();
    unmountA();
    unmountB();
  });
});
