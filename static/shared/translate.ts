export { plural, sayWith as translateWith, type MessageKey, type PluralKey, type Say as Translate } from '../../src/domain/words/say';
