import english from '../../locales/en-US.json';

/**
 * The English texts of `problems.…`. Custom UI builds substitute english-problem-texts.browser.ts
 * (the same texts; esbuild bundles only this section of the file for a named import, while Forge's
 * webpack accepts only a JSON file's default export): scripts/custom-ui/lighter-imports.ts.
 */
export const englishProblemTexts = english.problems;
