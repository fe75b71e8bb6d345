/** The shape a translation must match: the same keys as the English catalog, any wording. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
