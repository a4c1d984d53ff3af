/**
 * What a page was doing, for a failed wait to explain itself: requests still unanswered, failed
 * requests, console errors and warnings from any frame, a crash. Every page `openAs` opens is
 * recorded; `describeActivity` turns it into a few lines for an error message.
 */
import type { Locator, Page, Request } from 'playwright-core';

interface Activity {
  readonly started: number;
  readonly inFlight: Map<Request, number>;
  readonly events: string[];
}

const MAX_EVENTS = 30;
const activities = new WeakMap<Page, Activity>();

export function recordActivity(page: Page): void {
  const activity: Activity = { started: Date.now(), inFlight: new Map(), events: [] };
  activities.set(page, activity);
  const at = () => `${Date.now() - activity.started} ms`;
  const note = (line: string) => {
    activity.events.push(`${at()}: ${line}`);
    if (activity.events.length > MAX_EVENTS) activity.events.shift();
  };
  page.on('request', (r) => activity.inFlight.set(r, Date.now()));
  page.on('requestfinished', (r) => activity.inFlight.delete(r));
  page.on('requestfailed', (r) => {
    activity.inFlight.delete(r);
    note(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? 'no reason'})`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') note(`console ${m.type()}: ${m.text().slice(0, 300)} (${m.location().url})`);
  });
  page.on('pageerror', (e) => note(`uncaught: ${e.message}`));
  page.on('crash', () => note('the page crashed'));
  page.on('framedetached', (f) => note(`frame detached: ${f.url()}`));
}

/** The page's recorded activity as lines, or a note that nothing was recorded. */
export function describeActivity(page: Page): string {
  const activity = activities.get(page);
  if (!activity) return 'no activity recorded for this page';
  const now = Date.now();
  const waiting = [...activity.inFlight].map(([r, since]) => `unanswered for ${now - since} ms: ${r.method()} ${r.url()}`);
  return [...waiting, ...activity.events].join('\n') || 'no request unanswered, no failure, no console error';
}

/** Waits for a locator; on a timeout the error adds what the page was doing. */
export async function waitExplained(page: Page, locator: Locator, what: string): Promise<void> {
  try {
    await locator.waitFor();
  } catch (error) {
    throw new Error(`${what} did not show. What the page was doing:\n${describeActivity(page)}\n${String(error)}`);
  }
}
