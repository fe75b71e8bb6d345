import { describe, expect, it } from 'vitest';
import { checkScenarioName, scenarioIdFromName } from './edits';
import { ID_PATTERN } from './types';

describe('scenario ids and names', () => {
  it('makes a valid, unique id from any name', () => {
    expect(scenarioIdFromName('Target 2026', new Set())).toBe('target-2026');
    expect(scenarioIdFromName('Doel: één hub!', new Set())).toBe('doel-een-hub');
    expect(scenarioIdFromName('   ', new Set())).toBe('scenario');
    expect(scenarioIdFromName('日本', new Set())).toBe('scenario');
    expect(scenarioIdFromName('Target', new Set(['target', 'target-2']))).toBe('target-3');
    const long = scenarioIdFromName('x'.repeat(100), new Set(['x'.repeat(64)]));
    expect(long).toMatch(ID_PATTERN);
    expect(long.endsWith('-2')).toBe(true);
  });

  it('accepts 1–100 characters once trimmed', () => {
    expect(checkScenarioName('  ')).toBe('empty');
    expect(checkScenarioName('a'.repeat(101))).toBe('too-long');
    expect(checkScenarioName(`  ${'a'.repeat(100)}  `)).toBeNull();
  });
});
