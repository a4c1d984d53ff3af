import { createContext, useContext } from 'react';

/** What QA's controls need from the panel: the item (to attach files to) and the environments its gates offer. */
export interface Qa {
  issueId: string;
  environments: readonly string[];
}

export const QaContext = createContext<Qa>({ issueId: '', environments: [] });
export const useQa = () => useContext(QaContext);
