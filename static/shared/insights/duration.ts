import { useContext } from 'react';
import { numberFormat } from '../intl-formats';
import { WhereContext } from '../when';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function unitText(value: number, unit: 'minute' | 'hour' | 'day', locale: string | undefined): string {
  const options: Intl.NumberFormatOptions = { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: unit === 'minute' ? 0 : 1 };
  try {
    return numberFormat(locale, options).format(value);
  } catch {
    return numberFormat(undefined, options).format(value);
  }
}

/** A span of time in the viewer's language: minutes under an hour, hours under two days, else days ("3.5 days"). */
export function formatDuration(ms: number, locale: string | undefined): string {
  if (ms < HOUR) return unitText(Math.max(1, Math.round(ms / 60_000)), 'minute', locale);
  if (ms < 2 * DAY) return unitText(ms / HOUR, 'hour', locale);
  return unitText(ms / DAY, 'day', locale);
}

export function useDuration(): (ms: number) => string {
  const where = useContext(WhereContext);
  const locale = where.locale?.replace('_', '-');
  return (ms) => formatDuration(ms, locale);
}
