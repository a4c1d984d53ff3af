import { createContext, useContext } from 'react';

/** Display names of the people the gates name, by accountId (from the page's one load); the pickers add whom they pick. */
export const PeopleNames = createContext<ReadonlyMap<string, string>>(new Map());

export const usePeopleNames = () => useContext(PeopleNames);

/** The names a gate set state carries, as a map (account ids never index a plain object). */
export const namesMap = (names: Record<string, string> | undefined): ReadonlyMap<string, string> => new Map(Object.entries(names ?? {}));
