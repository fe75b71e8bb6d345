import { describe, expect, it } from 'vitest';
import { flag, parseArgs, stringOption, UsageError } from './args';

const spec = {
  positionals: [{ name: 'FILE', required: true }],
  options: [
    { name: 'scenario', value: 'ID', description: '' },
    { name: 'json', description: '' },
  ],
};

describe('parseArgs', () => {
  it('takes positionals, flags and valued options in any order', () => {
    const a = parseArgs(['--json', 'map.orgmap', '--scenario', 'target'], spec);
    expect(a.positionals).toEqual(['map.orgmap']);
    expect(flag(a, 'json')).toBe(true);
    expect(stringOption(a, 'scenario')).toBe('target');
  });

  it('accepts --name=value', () => {
    expect(stringOption(parseArgs(['m', '--scenario=current'], spec), 'scenario')).toBe('current');
  });

  it('treats everything after -- as positional', () => {
    expect(parseArgs(['--', '--json'], spec).positionals).toEqual(['--json']);
  });

  it.each([
    [['m', '--nope'], 'unknown option "--nope"'],
    [['m', '-x'], 'unknown option "-x"'],
    [['m', '--scenario'], 'option "--scenario" needs a value (ID)'],
    [['m', '--scenario', '--json'], 'option "--scenario" needs a value (ID)'],
    [['m', '--scenario='], 'option "--scenario" needs a value (ID)'],
    [['m', '--json=yes'], 'option "--json" takes no value'],
    [['m', '--json', '--json'], 'option "--json" given more than once'],
    [[], 'missing FILE'],
    [['a', 'b'], 'unexpected argument "b"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv, spec)).toThrow(new UsageError(message));
  });

  it('lets --help through without the required positionals', () => {
    expect(flag(parseArgs(['--help'], spec), 'help')).toBe(true);
    expect(flag(parseArgs(['-h'], spec), 'help')).toBe(true);
  });
});
