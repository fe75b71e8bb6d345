import { describe, expect, it } from 'vitest';
import { flowSlot, forwardingFlow } from './stableFlow';

interface FakeFlow {
  readonly name: string;
  zoom: number;
  zoomIn(): string;
}

function fake(name: string): FakeFlow {
  return {
    name,
    zoom: 1,
    zoomIn() {
      this.zoom *= 2;
      return this.name;
    },
  };
}

describe('forwardingFlow', () => {
  it('reads every property from the instance current at the time of the call', () => {
    let current: FakeFlow | null = fake('first');
    const flow = forwardingFlow<FakeFlow>(() => current);
    expect(flow.name).toBe('first');
    current = fake('second');
    expect(flow.name).toBe('second');
    expect(flow.zoomIn()).toBe('second');
    expect(current.zoom).toBe(2);
  });

  it('binds methods to the real instance, even when taken off the object first', () => {
    const real = fake('real');
    const flow = forwardingFlow<FakeFlow>(() => real);
    const { zoomIn } = flow;
    zoomIn();
    expect(real.zoom).toBe(2);
  });

  it('says clearly when React Flow is not there yet', () => {
    const flow = forwardingFlow<FakeFlow>(() => null);
    expect(() => flow.zoomIn()).toThrow(/not ready yet \(asked for zoomIn\)/);
    expect('zoomIn' in flow).toBe(false);
  });
});

describe('flowSlot', () => {
  it('keeps one stand-in while the instance behind it is set and replaced', () => {
    const slot = flowSlot<FakeFlow>();
    const { flow } = slot;
    expect(() => flow.name).toThrow(/not ready yet/);
    slot.set(fake('ready'));
    expect(slot.flow).toBe(flow);
    expect(flow.name).toBe('ready');
    slot.set(fake('again'));
    expect(flow.zoomIn()).toBe('again');
    slot.set(null);
    expect(() => flow.zoomIn()).toThrow(/not ready yet/);
  });
});
