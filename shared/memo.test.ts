import { describe, expect, it } from 'vitest';
import { cached } from './memo';

describe('cached', () => {
  it('makes a value once per key and returns the kept one after that', () => {
    const cache = new Map<string, number[]>();
    const made: string[] = [];
    const make = (key: string) => {
      made.push(key);
      return [key.length];
    };
    const first = cached(cache, 'abc', make);
    expect(first).toEqual([3]);
    expect(cached(cache, 'abc', make)).toBe(first);
    expect(cached(cache, 'de', make)).toEqual([2]);
    expect(made).toEqual(['abc', 'de']);
  });

  it('works with a WeakMap keyed on objects', () => {
    const cache = new WeakMap<object, string>();
    const key = {};
    let calls = 0;
    const make = () => `made ${++calls}`;
    expect(cached(cache, key, make)).toBe('made 1');
    expect(cached(cache, key, make)).toBe('made 1');
    expect(cached(cache, {}, make)).toBe('made 2');
  });
});
