import { createContext, useContext } from 'react';
import type { PersonView } from './types';
import { ownEntry } from '../../../src/domain/own-entry';

/** The people the panel names, for every component that shows one (times: shared/when.tsx's WhereContext). */
export interface Viewer {
  people: Record<string, PersonView>;
}

export const ViewerContext = createContext<Viewer>({ people: {} });
export const useViewer = () => useContext(ViewerContext);

/** The person's display name; `unknown` when the panel was not told who they are. */
export const displayName = (people: Viewer['people'], accountId: string, unknown: string) => ownEntry(people, accountId)?.displayName ?? unknown;
