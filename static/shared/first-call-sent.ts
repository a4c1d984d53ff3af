import { sharedLocale } from './i18n';

/** How long a screen waits for its first call to leave before it is evaluated anyway. */
const AT_MOST_MS = 500;

/**
 * Resolves once the screen's first backend call has been handed to the bridge, or after 500 ms.
 * The call leaves as soon as the viewer's locale is known (callResolver asks the context first).
 * Evaluating React and Atlaskit is one long task on the frame's main thread; started before the
 * context's answer is in, it held that answer back and the call with it (the register's call
 * left ~90 ms later). Started after, it runs while the call is under way.
 */
export function firstCallSent(): Promise<void> {
  // Registered after callResolver's own wait for the locale, so the invoke goes first.
  const sent = sharedLocale().then(() => undefined);
  const late = new Promise<void>((resolve) => setTimeout(resolve, AT_MOST_MS));
  return Promise.race([sent, late]);
}
