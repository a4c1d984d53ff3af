import { createContext, useContext } from 'react';
import type { PersonView } from './types';
import { ownEntry } from '../../../src/domain/own-entry';

/** What every component needs to show people and times the way the user reads them. */
export interface Viewer {
  locale?: string;
  timeZone?: string;
  people: Record<string, PersonView>;
}

export const ViewerContext = createContext<Viewer>({ people: {} });
export const useViewer = () => useContext(ViewerContext);

/** "28 Nov 2026, 14:05" in the user's locale and time zone (falls back to the browser's). */
export function formatWhen(at: string, viewer: Pick<Viewer, 'locale' | 'timeZone'>): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(viewer.locale?.replace('_', '-'), { ...options, ...(viewer.timeZone ? { timeZone: viewer.timeZone } : {}) }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

export const UNKNOWN_PERSON = 'Unknown person';

export const displayName = (people: Viewer['people'], accountId: string) => ownEntry(people, accountId)?.displayName ?? UNKNOWN_PERSON;
