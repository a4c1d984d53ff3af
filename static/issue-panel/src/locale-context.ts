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

export const UNKNOWN_PERSON = 'Unknown person';

export const displayName = (people: Viewer['people'], accountId: string) => ownEntry(people, accountId)?.displayName ?? UNKNOWN_PERSON;
