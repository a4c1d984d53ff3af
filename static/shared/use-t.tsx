import { createContext, useContext } from 'react';
import { translateWith, type Translate } from './translate';

/** The screen's Translate, provided once it has loaded (see translated.tsx); keys show without one. */
export const TranslateContext = createContext<Translate>(translateWith('en-US', (key) => key));

export const useT = (): Translate => useContext(TranslateContext);
