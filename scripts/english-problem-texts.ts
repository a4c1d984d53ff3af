/**
 * Writes src/domain/english-problem-texts.ts: the `problems` section of locales/en-US.json as a
 * TypeScript module. Every parser builds its problems' English text from it, so every backend
 * bundle and screen carries those few texts instead of the whole English file (the workflow
 * validator's bundle would carry 44 KB more). test/host/lighter-imports.test.ts fails when the
 * module is stale; `npm run i18n:problems` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const GENERATED = join(ROOT, 'src', 'domain', 'english-problem-texts.ts');

export function englishProblemModule(): string {
  const english = JSON.parse(readFileSync(join(ROOT, 'locales', 'en-US.json'), 'utf8')) as { problems: unknown };
  return [
    '// Generated from the `problems` section of locales/en-US.json by scripts/english-problem-texts.ts',
    '// (`npm run i18n:problems`); edit the locale file, not this one.',
    `export const englishProblemTexts = ${JSON.stringify(english.problems, null, 2)} as const;`,
    '',
  ].join('\n');
}

if (require.main === module) writeFileSync(GENERATED, englishProblemModule());
