import type { Say } from '../domain/words/say';

/**
 * The backend's words in a person's language, for a Forge locale code ("de-DE"; Jira's "de_DE"
 * too); a language the app has no translation for, or none given, is English. Never rejects.
 */
export type WordsFor = (locale: string | undefined) => Promise<Say>;
