/** A Map or WeakMap, as far as {@link cached} uses it. */
export interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept in `cache` for `key`, made by `make` (and kept) the first time it is asked for.
 * For caches of pure functions of their key: the canvas's drawn routes, the deck's wrapped labels.
 */
export function cached<K, V>(cache: Cache<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}
