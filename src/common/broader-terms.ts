/**
 * A vocabulary in which some values are kinds of a broader one (filming is part of production):
 * for each value, the value it is a kind of, or null at the top. Filters follow it: asking for a
 * value finds the value and everything narrower, however deep, so a question in everyday words
 * ("where was it produced?") also finds the more specific facts ("filmed in").
 */
export type BroaderTerms<T extends string> = Readonly<Record<T, T | null>>;

/** `value` and every value narrower than it, in the vocabulary's declared order. */
export function withNarrower<T extends string>(broader: BroaderTerms<T>, value: T): T[] {
  const isWithin = (candidate: T): boolean => {
    const seen = new Set<T>();
    for (let at: T | null = candidate; at !== null && !seen.has(at); at = broader[at]) {
      if (at === value) {
        return true;
      }
      seen.add(at);
    }
    return false;
  };
  return (Object.keys(broader) as T[]).filter(isWithin);
}

/** Each value of `values` with everything narrower, once each; null stays null (no filter). */
export function expandToNarrower<T extends string>(
  broader: BroaderTerms<T>,
  values: readonly T[] | null | undefined,
): T[] | null {
  if (values === null || values === undefined) {
    return null;
  }
  const wanted = new Set(values.flatMap((value) => withNarrower(broader, value)));
  return (Object.keys(broader) as T[]).filter((value) => wanted.has(value));
}
