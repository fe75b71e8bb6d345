import { describe, expect, it } from 'vitest';
import { flag, listOption, parseArgs, stringOption, UsageError } from './args';

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

describe('repeatable options and short aliases', () => {
  const importSpec = {
    positionals: [{ name: 'FILE', required: true }],
    options: [
      { name: 'map', value: 'COLUMN=FIELD', description: '', repeatable: true },
      { name: 'output', value: 'FILE', description: '', short: 'o' },
    ],
  };

  it('collects every value of a repeatable option in order', () => {
    const a = parseArgs(['in.csv', '--map', 'Kanaal=platform', '--map=Eigenaar=owner', '-o', 'out.orgmap'], importSpec);
    expect(listOption(a, 'map')).toEqual(['Kanaal=platform', 'Eigenaar=owner']);
    expect(stringOption(a, 'output')).toBe('out.orgmap');
    expect(listOption(parseArgs(['in.csv'], importSpec), 'map')).toEqual([]);
  });

  it('still refuses a non-repeatable option twice, also through its alias', () => {
    expect(() => parseArgs(['in.csv', '-o', 'a', '--output', 'b'], importSpec)).toThrow('option "--output" given more than once');
    expect(() => parseArgs(['in.csv', '-o'], importSpec)).toThrow('needs a value');
    expect(() => parseArgs(['in.csv', '-x'], importSpec)).toThrow('unknown option "-x"');
  });
});
