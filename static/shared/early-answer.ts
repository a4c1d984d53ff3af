/**
 * A call started before React is evaluated, with a synchronous look at its outcome: when the
 * answer is already in by the time the screen first renders, the screen draws it straight away
 * instead of committing a loading state first.
 */
export interface EarlyAnswer<T> {
  readonly promise: Promise<T>;
  /** `{ value }` once the promise has resolved; undefined until then. */
  settled(): { value: T } | undefined;
}

export function earlyAnswer<T>(promise: Promise<T>): EarlyAnswer<T> {
  let outcome: { value: T } | undefined;
  void promise.then(
    (value) => (outcome = { value }),
    () => undefined,
  );
  return { promise, settled: () => outcome };
}
