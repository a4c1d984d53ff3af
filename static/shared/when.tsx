import { createContext, useContext, useSyncExternalStore } from 'react';
import { dateTimeFormat, relativeTimeFormat } from './intl-formats';
import { useT } from './use-t';

/** The viewer's locale and time zone, from the Forge context (`locale`, `timezone`); unset: the browser's. */
export interface Where {
  locale?: string | undefined;
  timeZone?: string | undefined;
  /** The site (`https://….atlassian.net`), for links to work items. */
  siteUrl?: string | undefined;
}

export const WhereContext = createContext<Where>({});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const localeOf = (where: Where) => where.locale?.replace('_', '-');

function format(date: Date, where: Where, options: Intl.DateTimeFormatOptions): string {
  try {
    return dateTimeFormat(localeOf(where), { ...options, ...(where.timeZone ? { timeZone: where.timeZone } : {}) }).format(date);
  } catch {
    // An unknown locale or time zone from the context: the browser's.
    return dateTimeFormat(undefined, options).format(date);
  }
}

function relative(value: number, unit: Intl.RelativeTimeFormatUnit, where: Where): string {
  try {
    return relativeTimeFormat(localeOf(where), { numeric: 'auto' }).format(value, unit);
  } catch {
    return relativeTimeFormat(undefined, { numeric: 'auto' }).format(value, unit);
  }
}

/**
 * How every screen says when something happened: relative within the last week ("5 minutes ago",
 * "yesterday"), else the date and time in the viewer's locale and time zone ("2 Dec 2026, 14:05").
 * `full` is always the date and time (for a tooltip). A time in the future (clock skew) is absolute.
 */
export function describeWhen(at: string, where: Where, now: number): { text: string; full: string; isRelative: boolean } {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return { text: at, full: at, isRelative: false };
  const full = format(date, where, { dateStyle: 'medium', timeStyle: 'short' });
  const ago = now - date.getTime();
  if (ago < 0 || ago >= 7 * DAY) return { text: full, full, isRelative: false };
  if (ago < MINUTE) return { text: relative(0, 'second', where), full, isRelative: true };
  if (ago < HOUR) return { text: relative(-Math.floor(ago / MINUTE), 'minute', where), full, isRelative: true };
  if (ago < DAY) return { text: relative(-Math.floor(ago / HOUR), 'hour', where), full, isRelative: true };
  return { text: relative(-Math.floor(ago / DAY), 'day', where), full, isRelative: true };
}

/** A calendar day (`YYYY-MM-DD`, e.g. a due date) in the viewer's locale: "2 Dec 2026", never shifted by a time zone. */
export function describeDay(day: string, where: Where): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format(date, { locale: where.locale, timeZone: 'UTC' }, { dateStyle: 'medium' });
}

// One clock for every When on the screen, moved on every 30 s so "5 minutes ago" stays true.
let now = Date.now();
const listeners = new Set<() => void>();
let ticker: ReturnType<typeof setInterval> | undefined;
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (ticker === undefined && Date.now() - now > 1_000) {
    // The first When after a quiet spell: catch the clock up.
    now = Date.now();
    queueMicrotask(listener);
  }
  ticker ??= setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker !== undefined) ticker = void clearInterval(ticker);
  };
}
const useNow = () => useSyncExternalStore(subscribe, () => now);

/** When something happened, as describeWhen says it; `withOn` reads "on 2 Dec 2026, 14:05" after "Approved by Priya". */
export function When({ at, withOn = false }: { at: string; withOn?: boolean }) {
  const clock = useNow();
  const time = Date.parse(at);
  // A record saved since the clock last moved (or on a server a little ahead) happened "now", not in the future.
  const reference = time > clock && time - clock < 5 * MINUTE ? time : clock;
  const { text, full, isRelative } = describeWhen(at, useContext(WhereContext), reference);
  const t = useT();
  return (
    <time dateTime={at} title={full}>
      {withOn && !isRelative ? t('when.on', { date: text }) : text}
    </time>
  );
}

/** A calendar day in the viewer's locale. */
export function Day({ day }: { day: string }) {
  return <time dateTime={day}>{describeDay(day, useContext(WhereContext))}</time>;
}
