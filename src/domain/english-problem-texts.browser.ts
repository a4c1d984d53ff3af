// What Custom UI builds bundle for english-problem-texts.ts: only the `problems` section.
export { problems as englishProblemTexts } from '../../locales/en-US.json';
