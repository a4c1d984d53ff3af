import english from '../../../locales/en-US.json';
import { lookupIn, sayWith, type Say } from './say';

/** English, the app's default language: what the backend says when it does not know the person's (and in tests). */
export const englishSay: Say = sayWith('en-US', (key) => lookupIn(english, key) ?? key);
